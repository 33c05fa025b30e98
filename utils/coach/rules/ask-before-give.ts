import { defineRule } from '../rule';
import type { Severity } from '../schema';
import type { Doc } from '../text/doc';
import { isPersonal } from '../signals/personal';
import { findSubstantialGives } from '../signals/gives';
import { findAsks, forAnother, isHardAsk } from '../signals/asks';
import { noSale, unhurried } from '../signals/phrase-sets';
import { GAINS_NOTHING } from '../phrases/sales-pitch';

export const askBeforeGive = defineRule({
  id: 'ask-before-give',
  principle: 'give',
  kind: 'concern',
  description: 'Asks for time, a call, a referral, a job or attention before giving anything.',
  check(doc, context) {
    const found = findAsks(doc);
    if (found.length === 0) return [];
    const personal = isPersonal(doc, context);
    const firstGive = firstGiveAt(doc);
    // "Would you be willing to meet her? I don't get anything out of this": an ask for someone else.
    const forSomeoneElse = noSale.find(doc).some((cue) => GAINS_NOTHING.includes(cue.phrase.phrase));
    return found.map((match) => {
      const gaveFirst = firstGive < match.range[0];
      // A referral, a booking, "worth a convo?": the ask is what the note is for, however warm the opening.
      const shared = mutual(doc, match.firstAt) || forAnother(doc, match.firstAt);
      const hard = isHardAsk(doc, match) && !shared && !forSomeoneElse;
      // A give first, then an ask both sides gain from ("here's the folder … fancy a call to compare
      // notes?") is the small honest ask a give licenses, even in a note that names nothing of theirs.
      // A favour asked for someone else, the writer saying they gain nothing, is a give of its own:
      // every note of the corpus and check sets that says so is a good one (about sixty, session 32).
      const severity: Severity = hard
        ? 'error'
        : forSomeoneElse || (gaveFirst && (personal || shared))
          ? 'info'
          : personal || shared || unhurried.find(doc).length > 0
            ? 'warning'
            : 'error';
      return {
        severity,
        message: forSomeoneElse
          ? 'You ask for someone else and say you gain nothing from it. Keep the ask small and easy to decline.'
          : severity === 'info'
            ? 'You give before you ask, which is good. Consider leaving the ask for a later message.'
            : hard && (gaveFirst || personal)
              ? 'A kind opening leading to this ask makes the ask what the note is for.'
              : 'This asks for something before offering anything.',
        why: 'Give more and get less: an ask from a stranger is a withdrawal from an account never opened.',
        range: match.range,
        suggestion:
          'Lead with something for them (a resource, an intro, a thought on their work) and save the ask for later.',
      };
    });
  },
});

/**
 * "a monthly call to swap what works", "coffee to compare notes", "help each other": an ask both
 * sides gain from is still an ask of a stranger, but not one that only takes.
 */
function mutual(doc: Doc, first: number): boolean {
  const sentence = doc.sentences[doc.words[first]?.sentence ?? -1];
  if (!sentence) return false;
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    const word = doc.words[at]?.folded;
    const next = doc.words[at + 1]?.folded;
    if (word === 'swap' || word === 'swapping' || ((word === 'compare' || word === 'comparing') && next === 'notes') || (word === 'each' && next === 'other'))
      return true;
  }
  return false;
}

/**
 * Where the first give starts. A question about their work is attention, not a give: "How did you
 * make the jump? I'd love to pick your brain" is the warm-up of an ask, however genuine the question;
 * nor do congratulations license what follows ("Congrats on the new role! Could I pick your brain?").
 */
function firstGiveAt(doc: Doc): number {
  return findSubstantialGives(doc).reduce(
    (first, range) => Math.min(first, range[0]),
    Number.POSITIVE_INFINITY,
  );
}
