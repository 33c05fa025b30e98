import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { salesPitch } from './phrase-sets';
import { findVendorClaims } from './vendor-claims';

/** Every pitch in the note: the phrase list's and a company's claims about what it sells. */
export function findPitches(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findPitches, () => {
    const phrases = salesPitch.find(doc);
    // A claim that overlaps a listed phrase ("we help companies") reports once, as the phrase.
    const claims = findVendorClaims(doc).filter(
      (claim) => !phrases.some((match) => match.first <= claim.last && claim.first <= match.last),
    );
    return [...phrases, ...claims].sort((a, b) => a.first - b.first);
  });
}
