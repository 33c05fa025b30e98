import { IRREGULAR_PAST } from '../phrases/their-work';

/** "gave", "wrote", "launched": a verb told in the past, by its form (folded word text). */
export function isPastTense(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length >= 5 && word.endsWith('ed'));
}
