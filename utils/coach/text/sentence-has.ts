import type { Doc } from './doc';

/** Whether sentence `index` holds a word of `table`. */
export function sentenceHolds(doc: Doc, index: number, table: ReadonlySet<string>): boolean {
  const sentence = doc.sentences[index];
  if (!sentence) return false;
  for (let at = sentence.firstWord; at < sentence.endWord; at++) if (table.has(doc.words[at]!.folded)) return true;
  return false;
}

/** Whether the sentence of word `at` holds a word of `table`. */
export const sentenceHas = (doc: Doc, at: number, table: ReadonlySet<string>): boolean =>
  sentenceHolds(doc, doc.words[at]?.sentence ?? -1, table);
