import { describe, expect, test } from 'vitest';
import { draftSchema } from '../schema';
import { prepareDoc } from './doc';
import * as phraseSets from '../signals/phrase-sets';
import { compilePhrases, phraseTokens, type PhraseSet } from './phrase-matcher';
import { segmentWords } from './segment';

const docOf = (text: string) => prepareDoc(draftSchema.parse({ text }));
const quotes = (text: string, phrases: Parameters<typeof compilePhrases>[0]) =>
  compilePhrases(phrases)
    .find(docOf(text))
    .map((match) => text.slice(...match.range));

describe('phrase matching', () => {
  test.each([
    ['case and curly apostrophes', 'I’D LIKE a word', [{ phrase: "i'd like" }], ['I’D LIKE']],
    [
      'line breaks and punctuation between words',
      'quick,\n  call!',
      [{ phrase: 'quick call' }],
      ['quick,\n  call'],
    ],
    ['a wildcard word', 'a 20 minute call', [{ phrase: '_ minute call' }], ['20 minute call']],
    ['either word', 'the bid we sent, the bid I sent, the bid you sent', ['the bid i/we sent'], ['the bid we sent', 'the bid I sent']],
    ['either word, twice in a phrase', 'a gap in my diary; a space in our diary', ['a gap/space in my/our diary'], ['a gap in my diary', 'a space in our diary']],
    ['never cutting a hyphenated word', 'loved your call-out', [{ phrase: 'your call' }], []],
    [
      'a whole hyphenated phrase',
      'like-minded people',
      [{ phrase: 'like minded people' }],
      ['like-minded people'],
    ],
    [
      'cancelled by the next word',
      'a referral program',
      [{ phrase: 'a referral', unlessNext: ['program'] }],
      [],
    ],
    [
      'the next word in another sentence does not cancel',
      'a referral. Program',
      [{ phrase: 'a referral', unlessNext: ['program'] }],
      ['a referral'],
    ],
    [
      'leftmost, then longest, when matches overlap',
      'I could introduce you to Sam',
      [{ phrase: 'i could introduce' }, { phrase: 'introduce you to' }],
      ['I could introduce'],
    ],
    [
      'the longer of two phrases at one place',
      'a quick call',
      [{ phrase: 'quick call' }, { phrase: 'a quick call' }],
      ['a quick call'],
    ],
  ])('%s', (_name, text, phrases, expected) => {
    expect(quotes(text, phrases)).toEqual(expected);
  });

  test('a phrase with no words is a mistake in the list', () => {
    expect(() => compilePhrases([{ phrase: '—' }])).toThrow(/needs a word/);
  });

  // Phrases are read when the coach loads; plain lowercase words skip the segmenter to keep that cheap.
  const bySegmenter = (phrase: string) =>
    phrase.split(' ').flatMap((part) => (part === '_' ? ['_'] : segmentWords(part).map((word) => word.folded)));

  test('every listed phrase reads as the segmenter reads it', () => {
    const sets = Object.values(phraseSets) as PhraseSet[];
    const phrases = sets.flatMap((set) => set.phrases.map((entry) => entry.phrase));
    expect(phrases.length).toBeGreaterThan(500);
    for (const phrase of phrases) expect(phraseTokens(phrase), phrase).toEqual(bySegmenter(phrase));
  });

  test.each([
    ["i'd like"],
    ['follow-up call'],
    ['you, too'],
    ['10x growth'],
    ['résumé review'],
    ['_ minute call'],
  ])('words the shortcut does not take still go through the segmenter: %s', (phrase) => {
    expect(phraseTokens(phrase)).toEqual(bySegmenter(phrase));
  });
});
