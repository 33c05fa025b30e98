import { memoizedPerDoc, type Doc } from '../text/doc';
import type { Phrase, PhraseMatch } from '../text/phrase-matcher';

/** Helpers for signals that read a sentence's shape word by word (vendor claims, commerce shapes). */
export interface WordReach {
  /** Whether word `at` exists and shares the sentence of word `from`. */
  sameSentence(from: number, at: number): boolean;
  /** The first word within `reach` after `from`, in its sentence, found in `table`; -1 if none or a `stop` word comes first. */
  findAfter(from: number, reach: number, table: ReadonlySet<string>, stop?: ReadonlySet<string>): number;
  /** A match covering words first..last, as a phrase list would report it. */
  matchOf(phrase: Phrase, first: number, last: number): PhraseMatch | undefined;
}

/** The helpers for a doc: made once a note, though five detectors ask for them. */
export const wordReach: (doc: Doc) => WordReach = memoizedPerDoc(wordReachOf);

function wordReachOf(doc: Doc): WordReach {
  const { words } = doc;
  const sameSentence = (from: number, at: number) =>
    words[at] !== undefined && words[at]?.sentence === words[from]?.sentence;
  return {
    sameSentence,
    findAfter(from, reach, table, stop) {
      for (let at = from + 1; at <= from + reach && sameSentence(from, at); at++) {
        const word = words[at]?.folded ?? '';
        if (table.has(word)) return at;
        if (stop?.has(word)) return -1;
      }
      return -1;
    },
    matchOf(phrase, first, last) {
      const a = words[first];
      const b = words[last];
      return a && b ? { phrase, firstAt: first, lastAt: last, range: [a.startAt, b.endAt] } : undefined;
    },
  };
}
