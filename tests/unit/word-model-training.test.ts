import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRows } from '../../scripts/lib/labelled-corpus';
import { trainingNoteOf, trainWordModel, TRAINING } from '../../scripts/lib/word-model/training';
import { trainedWeightsJson } from '../../scripts/train-word-model';

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));

// The coach's word model (utils/coach/word-model/): its second reading is only worth having if it
// learns what separates the two kinds, within its feature budget, from what several authors share.
describe('the word model', () => {
  // It trains on the whole corpus, which grows every session: on a machine busy with other tests it
  // took 56 s (2026-12-04), past the suite's 30 s default. A time limit, not a timing assertion.
  test('keeps only the strongest features it is allowed, and can tell the two kinds apart with them', { timeout: 180_000 }, () => {
    const notes = loadRows(corpusDir).map(trainingNoteOf);
    const model = trainWordModel(notes, { ...TRAINING, keep: 50, steps: 50 });
    expect(Object.keys(model.weights).length).toBeLessThanOrEqual(50);
    const score = (keys: string[]) => keys.reduce((sum, key) => sum + (model.weights[key] ?? 0), model.bias);
    const meanOf = (label: string) => {
      const scores = notes.filter((note) => note.label === label).map((note) => score(note.keys));
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(meanOf('relational')).toBeGreaterThan(meanOf('transactional'));
  });

  test('learns nothing one author alone used', () => {
    const notes = [
      { author: 'a', label: 'transactional' as const, keys: ['zorblat', 'quick call'] },
      { author: 'b', label: 'transactional' as const, keys: ['quick call'] },
      { author: 'c', label: 'transactional' as const, keys: ['quick call'] },
      { author: 'd', label: 'relational' as const, keys: ['your talk'] },
      { author: 'e', label: 'relational' as const, keys: ['your talk'] },
      { author: 'f', label: 'relational' as const, keys: ['your talk'] },
    ];
    const model = trainWordModel(notes);
    expect(model.weights).not.toHaveProperty('zorblat');
    expect(model.weights['quick call']).toBeLessThan(0);
    expect(model.weights['your talk']).toBeGreaterThan(0);
  });

  // Weights committed as data must be what the corpus and the training code give today, or a
  // corpus or reading change would ship a model trained on something else.
  test('the committed weights are what the corpus (and, for the softening model, the rules) train', { timeout: 240_000 }, () => {
    for (const [file, trained] of Object.entries(trainedWeightsJson())) {
      const committed = readFileSync(new URL(`../../utils/coach/word-model/${file}`, import.meta.url), 'utf8');
      expect(committed === trained, `${file}: run npx tsx scripts/train-word-model.ts`).toBe(true);
    }
  });
});
