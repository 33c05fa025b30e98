import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { findGratitude } from './gratitude';
import { offersValue } from './phrase-sets';

/** Everything the note gives: offers, help, congratulations, specific thanks. */
export function findGives(doc: Doc): Range[] {
  return doc.memo(findGives, () =>
    [...offersValue.find(doc).map((match) => match.range), ...findGratitude(doc)].sort((a, b) => a[0] - b[0]),
  );
}
