import softening from './softening.json';
import weights from './weights.json';
import { readWordModel } from './model';
import { wordModelReader, type WordModels } from './second-reading';

/** The committed word models, read for Node (the CLI, the benchmark, the corpus tests). */
export const bundledWordModels: WordModels = { words: readWordModel(weights), softening: readWordModel(softening) };

/** The same second reader the coaching UI imports apart (entrypoints/word-model.ts), for Node. */
export const bundledSecondReader = wordModelReader(bundledWordModels);
