import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRows } from '../../scripts/lib/labelled-corpus';
import { trainingNoteOf, trainWordModel } from '../../scripts/lib/word-model/training';

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));

// The word model scripts/word-model-veto.ts measures: its figures are only worth writing down if
// training is reproducible and learns only what several authors share.
describe('the word model', () => {
  test('training is deterministic: the same notes give the same weights', () => {
    const notes = loadRows(corpusDir).slice(0, 300).map(trainingNoteOf);
    expect(trainWordModel(notes)).toEqual(trainWordModel(notes));
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
});
