import { describe, expect, test } from 'vitest';
import { segmentWords } from '../text/segment';
import { alternativesOf, phraseOf, type Phrase } from '../text/phrase-matcher';

// Phrase lists are data; this keeps the data honest: every part of every phrase is a word the
// matcher can see (or the "_" wildcard), and no list repeats itself. "i/we" is read as the phrases it
// stands for, so a word written twice inside one ("thanks/thanks for") or beside one ("grateful for"
// after "thanks/grateful for") is a repeat too, and a slash with nothing on one side is no word.

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
const lists = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(
      (entry): entry is [string, Array<string | Phrase>] =>
        Array.isArray(entry[1]) && entry[1].every((item) => typeof item === 'string' || (typeof item === 'object' && item !== null && 'phrase' in item)),
    )
    .map(([name, entries]) => [`${file} ${name}`, entries.flatMap((entry) => alternativesOf(phraseOf(entry)))] as const),
);

describe('phrase lists', () => {
  test('there are lists to check', () => {
    expect(lists.length).toBeGreaterThan(10);
  });

  test.each(lists)('%s: every part is a word', (_name, phrases) => {
    for (const { phrase } of phrases) {
      for (const part of phrase.split(' ')) {
        expect(part === '_' || segmentWords(part).length > 0, `"${part}" in "${phrase}"`).toBe(true);
      }
    }
  });

  test.each(lists)('%s: no duplicates', (_name, phrases) => {
    const seen = phrases.map((entry) => entry.phrase.toLowerCase());
    expect(seen.filter((phrase, index) => seen.indexOf(phrase) !== index)).toEqual([]);
  });
});
