import type { Doc } from './doc';
import { hasWordIn } from './word-index';

/** Whether sentence `index` holds a word of `table` (a module's constant: the word index numbers it once). */
export function sentenceHolds(doc: Doc, index: number, table: ReadonlySet<string>): boolean {
  const sentence = doc.sentences[index];
  return !!sentence && hasWordIn(doc, table, sentence.firstWord, sentence.endWord);
}

/** Whether the sentence of word `at` holds a word of `table`. */
export const sentenceHas = (doc: Doc, at: number, table: ReadonlySet<string>): boolean =>
  sentenceHolds(doc, doc.words[at]?.sentence ?? -1, table);
