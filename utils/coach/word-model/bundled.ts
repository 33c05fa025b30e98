import weights from './weights.json';
import { readWordModel } from './model';
import { wordModelReader } from './second-reading';

/** The committed word model, read for Node (the CLI, the benchmark, the corpus tests). */
export const bundledWordModel = readWordModel(weights);

/** The same second reader the coaching UI imports apart (entrypoints/word-model.ts), for Node. */
export const bundledSecondReader = wordModelReader(bundledWordModel);
