import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRows } from './lib/labelled-corpus';
import { trainingNoteOf, trainWordModel } from './lib/word-model/training';

// Trains the coach's word model on the main corpus (tests/corpus/*.jsonl; the blind holdout is
// never read) and writes its weights as data: utils/coach/word-model/weights.json. Deterministic,
// so the same corpus gives the same file on any machine.
//   npx tsx scripts/train-word-model.ts           write the weights
//   npx tsx scripts/train-word-model.ts --check   fail if the committed weights are not what the corpus trains

const corpusDir = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
const weightsPath = fileURLToPath(new URL('../utils/coach/word-model/weights.json', import.meta.url));

export function trainedWeightsJson(): string {
  const model = trainWordModel(loadRows(corpusDir).map(trainingNoteOf));
  return `${JSON.stringify({ version: 1, bias: model.bias, weights: model.weights })}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const trained = trainedWeightsJson();
  if (process.argv.includes('--check')) {
    if (readFileSync(weightsPath, 'utf8') !== trained) {
      console.error('utils/coach/word-model/weights.json is not what the corpus trains: run npx tsx scripts/train-word-model.ts');
      process.exit(1);
    }
    console.log('weights.json matches the corpus.');
  } else {
    writeFileSync(weightsPath, trained);
    console.log(`wrote ${weightsPath}`);
  }
}
