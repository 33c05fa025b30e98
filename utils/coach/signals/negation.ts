import { DENIALS } from '../phrases/negation';
import type { Doc } from '../text/doc';

/** Whether one of `words` stands within `reach` words before `first`, in its sentence. */
export function precededBy(doc: Doc, first: number, reach: number, words: ReadonlySet<string>): boolean {
  const sentence = doc.words[first]?.sentence;
  for (let at = first - 1; at >= Math.max(0, first - reach); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (words.has(word.folded)) return true;
  }
  return false;
}

/** "not urgent", "not job hunting, promise", "I don't think we've met": the writer denies what follows. */
export function deniedBefore(doc: Doc, first: number, reach: number): boolean {
  return precededBy(doc, first, reach, DENIALS);
}
