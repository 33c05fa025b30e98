import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { draftSchema } from '../schema';
import { prepareDoc } from './doc';
import { flatMapWordsIn, forEachWordIn, wordsAmong, wordsIn } from './word-index';

const docOf = (text: string) => prepareDoc(draftSchema.parse({ text }));
const VOCABULARY = ['you', 'your', 'please', 'would', 'I', 'i’d', "I'd", 'the', 'Hope', 'hope', 'u', 'ur', 'a', 'call-out', '👋'];

/** The reference: every word asked in turn. */
const plainly = (text: string, texts: ReadonlySet<string> | string) =>
  docOf(text).words.flatMap((word, index) => ((typeof texts === 'string' ? word.folded === texts : texts.has(word.folded)) ? [index] : []));

describe('the word index', () => {
  test('finds the words a plain walk finds, in order, for any note and any set', () => {
    const note = fc.array(fc.constantFrom(...VOCABULARY, ' ', ', ', '. ', '\n'), { maxLength: 40 }).map((parts) => parts.join(' '));
    const texts = fc.oneof(
      fc.constantFrom(...VOCABULARY.map((word) => word.toLowerCase())),
      fc.uniqueArray(fc.constantFrom('you', 'your', 'please', 'would', 'i', "i'd", 'the', 'hope', 'a', 'zz', 'call', 'out'), { maxLength: 12 }).map((list) => new Set(list)),
    );
    fc.assert(
      fc.property(note, texts, (text, wanted) => {
        const doc = docOf(text);
        expect(wordsIn(doc, wanted)).toEqual(plainly(text, wanted));
        // Asked again, the same set gives the same answer.
        expect(wordsIn(doc, wanted)).toEqual(plainly(text, wanted));
      }),
      { numRuns: 3_000 },
    );
  });

  test('forEachWordIn and flatMapWordsIn visit those words with their indexes', () => {
    const doc = docOf('Please, would you? I would hope you would. Please.');
    const seen: string[] = [];
    forEachWordIn(doc, new Set(['would', 'please']), (word, index) => seen.push(`${word.raw}@${index}`));
    expect(seen).toEqual(['Please@0', 'would@1', 'would@4', 'would@7', 'Please@8']);
    expect(flatMapWordsIn(doc, 'you', (word, index) => (index > 3 ? [word.startAt, [index]] : []))).toEqual([32, [6]]);
    expect(wordsIn(doc, 'nothing')).toEqual([]);
    expect(wordsIn(docOf(''), new Set(['a']))).toEqual([]);
  });

  test('a set first asked for after the doc was indexed, and a set made for one note, read the same', () => {
    const doc = docOf('Would you, please? I hope you would.');
    expect(wordsIn(doc, 'you')).toEqual([1, 5]);
    expect(wordsIn(doc, new Set(['would', 'hope', 'never-asked-before']))).toEqual([0, 4, 6]);
    expect(wordsIn(doc, 'please-not-yet-asked')).toEqual([]);
    expect(wordsAmong(doc, new Set(['i', 'please']))).toEqual([2, 3]);
  });
});
