import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { findGratitude } from './gratitude';
import { askingSentences, pressingSentences, sentenceAt } from './hooks';
import { offersValue } from './phrase-sets';

/** Everything the note gives: offers, help, congratulations, specific thanks. */
export function findGives(doc: Doc): Range[] {
  return doc.memo(findGives, () => {
    // "Happy to send our pricing", "congrats! Our package starts at …": a give inside an ask or a pitch is its wrapping.
    const hooked = askingSentences(doc);
    return [...offersValue.find(doc).map((match) => match.range), ...findGratitude(doc)]
      .filter((range) => !hooked.has(sentenceAt(doc, range[0]) ?? -1))
      .sort((a, b) => a[0] - b[0]);
  });
}

/** Whether a follow-up brings something ("here is the guide, in case it helps") outside any ask or pitch. */
export function bringsSomething(doc: Doc): boolean {
  const pressing = pressingSentences(doc);
  return offersValue.find(doc).some((match) => !pressing.has(sentenceAt(doc, match.range[0]) ?? -1));
}
