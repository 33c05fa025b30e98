import { describe, expect, test } from 'vitest';
import { prepareDoc } from '../text/doc';
import { readWordModel, readWords, relationalProbability, WordModelError } from './model';
import weights from './weights.json';

const doc = (text: string) => prepareDoc({ text, surface: 'invitation', limit: 300, recipient: {} });

describe('the word model’s weights file', () => {
  test('the committed weights are a model', () => {
    const model = readWordModel(weights);
    expect(model.weights.size).toBeGreaterThan(100);
  });

  test.each([
    ['not an object', 'weights'],
    ['a file of another version', { version: 2, bias: 0, weights: {} }],
    ['a weight out of bounds', { version: 1, bias: 0, weights: { hello: 1e9 } }],
    ['a key too long', { version: 1, bias: 0, weights: { ['x'.repeat(500)]: 1 } }],
    ['too many features', { version: 1, bias: 0, weights: Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`w${i}`, 0.1])) }],
  ])('refuses %s with a clear error', (_, raw) => {
    expect(() => readWordModel(raw)).toThrow(WordModelError);
    expect(() => readWordModel(raw)).toThrow(/^word model: /);
  });
});

describe('reading a note’s words', () => {
  const model = readWordModel({ version: 1, bias: 0, weights: { quick: -1, 'quick call': -2, 'your talk': 3, '# min': -1 } });

  test('sums its words and pairs into a probability, and lists what pulled toward outreach', () => {
    const reading = readWords(doc('Loved your talk. Quick call for 15 min?'), model);
    expect(reading.probability).toBeCloseTo(1 / (1 + Math.exp(-(3 - 1 - 2 - 1))), 6);
    expect(reading.pulls.map((pull) => pull.key)).toEqual(['quick call', 'quick', '# min']);
  });

  test('counts a word once however often it is written', () => {
    expect(readWords(doc('quick quick quick'), model).probability).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
  });

  test('reads any number as one word, and pairs only within a sentence', () => {
    expect(readWords(doc('A 30 min slot'), model).pulls.map((p) => p.key)).toEqual(['# min']);
    expect(readWords(doc('It was quick. Call me.'), model).pulls.map((p) => p.key)).toEqual(['quick']);
  });
});

describe('the keystroke path’s probability', () => {
  test('is the full reading’s, on the committed weights, for notes with repeats, pairs, numbers and line breaks', () => {
    const model = readWordModel(weights);
    const notes = [
      'Hi Sam, could you share 15 min? Could you share 20 min next week?',
      'Thank you for the talk at the meetup. Thank you again!\nI read your post on open data.',
      'I am looking for new opportunities, would love to connect and pick your brain.',
      '',
      'ok',
    ];
    for (const text of notes)
      expect(relationalProbability(doc(text), model)).toBeCloseTo(readWords(doc(text), model).probability, 12);
  });
});

