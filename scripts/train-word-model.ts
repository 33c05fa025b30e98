import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRows } from './lib/labelled-corpus';
import { isSofteningCandidate } from './lib/word-model/softening-candidates';
import { trainingNoteOf, trainSofteningModel, trainWordModel } from './lib/word-model/training';

// Trains the coach's two word models on the main corpus (tests/corpus/*.jsonl; the blind holdout is
// never read) and writes their weights as data: utils/coach/word-model/weights.json (all notes) and
// softening.json (the notes the rules call transactions for what they say, so it is trained again
// whenever the rules change). Deterministic, so the same corpus and rules give the same files on any machine.
//   npx tsx scripts/train-word-model.ts           write the weights
//   npx tsx scripts/train-word-model.ts --check   fail if the committed weights are not what the corpus trains

const corpusDir = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
const weightsPath = (file: string) => fileURLToPath(new URL(`../utils/coach/word-model/${file}`, import.meta.url));

const asJson = (model: { bias: number; weights: Record<string, number> }) =>
  `${JSON.stringify({ version: 1, bias: model.bias, weights: model.weights })}\n`;

/** Each weights file by name, as the corpus (and, for softening.json, the rules) train it today. */
export function trainedWeightsJson(): Record<'weights.json' | 'softening.json', string> {
  const rows = loadRows(corpusDir);
  const notes = rows.map(trainingNoteOf);
  return {
    'weights.json': asJson(trainWordModel(notes)),
    'softening.json': asJson(trainSofteningModel(notes.filter((_, index) => isSofteningCandidate(rows[index]!)))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const trained = trainedWeightsJson();
  for (const [file, json] of Object.entries(trained)) {
    if (!process.argv.includes('--check')) {
      writeFileSync(weightsPath(file), json);
      console.log(`wrote ${weightsPath(file)}`);
    } else if (readFileSync(weightsPath(file), 'utf8') !== json) {
      console.error(`utils/coach/word-model/${file} is not what the corpus trains: run npx tsx scripts/train-word-model.ts`);
      process.exit(1);
    } else console.log(`${file} matches the corpus.`);
  }
}
