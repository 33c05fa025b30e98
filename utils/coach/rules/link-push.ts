import { defineRule } from '../rule';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { findLinkPushes } from '../signals/links';
import { findPitches, noSaleSaidIn } from '../signals/pitches';

export const linkPush = defineRule({
  id: 'link-push',
  principle: 'give',
  kind: 'concern',
  description: 'Sends them to a link of yours (a sign-up, a booking page, "link in my profile").',
  check(doc) {
    return findLinkPushes(doc).map((match) => ({
      severity: disclaimedNearby(doc, match) ? 'warning' : 'error',
      message: 'This sends them to a link of yours before you have given them anything.',
      why: 'A link to your page asks for their attention and a click: a withdrawal from an account not yet opened.',
      range: match.range,
      suggestion: 'Leave the link out of a first note; share one when they ask, or when it carries something for them.',
    }));
  },
});

/**
 * "Open to non-members, not a recruiting thing. Details: https://…": the writer says outright, just
 * before the link, that nothing is sold, and nothing in the note sells. Still a link of theirs to
 * visit, so a nudge rather than the mark of a transaction.
 */
function disclaimedNearby(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  return sentence >= 0 && noSaleSaidIn(doc, sentence - 1, sentence) && findPitches(doc).length === 0;
}
