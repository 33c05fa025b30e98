import type { Doc } from '../text/doc';
import { IRREGULAR_PAST } from '../phrases/their-work';

/** "gave", "wrote", "launched": a verb told in the past, by its form (folded word text). */
export function isPastTense(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length >= 5 && word.endsWith('ed'));
}

/** "you review my very first PR in 2019": a year after "in" in the word's sentence dates a deed told. */
export function datedInThePast(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[doc.words[at]?.sentence ?? -1];
  if (!sentence) return false;
  for (let index = sentence.firstWord; index < sentence.endWord; index++)
    if (isYear(doc.words[index]!.folded) && doc.words[index - 1]?.folded === 'in') return true;
  return false;
}

/** "1998", "2019": four digits starting 19 or 20. */
export function isYear(text: string): boolean {
  if (text.length !== 4 || !(text.startsWith('19') || text.startsWith('20'))) return false;
  for (const char of text) if (char < '0' || char > '9') return false;
  return true;
}
