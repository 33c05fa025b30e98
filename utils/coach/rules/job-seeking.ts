import { defineRule } from '../rule';
import type { Doc } from '../text/doc';
import { WRITER_WORDS } from '../phrases/pronouns';
import { alreadyGiven, doneToMine, passedOnByMe } from '../signals/not-asks';
import { deniedBefore, precededBy } from '../signals/negation';
import { emojiAfter, outsideTopics } from '../signals/topics';
import { findJobSearches } from '../signals/job-search';
import { sentTheirWay } from '../signals/their-way';
import { freeHelpOnTheirNeed, helpOnTheirNeed } from '../signals/their-need';
import { wordSet } from '../text/word-set';

export const jobSeekingRule = defineRule({
  id: 'job-seeking',
  principle: 'journey',
  kind: 'concern',
  description: 'Networking as a pit stop between jobs: openings, referrals, a resume.',
  check(doc) {
    const writers = outsideTopics(doc, findJobSearches(doc)).filter(
      // "no need to hire me", "I've rewritten my resume the way you said": denied, or already done;
      // "you spent 45 min going over my resume": their help, remembered.
      (match) =>
        !readersSearch(doc, match.firstAt, match.lastAt) &&
        !lossAsATime(doc, match.firstAt, match.lastAt) &&
        !deniedBefore(doc, match.firstAt, 3) &&
        !doneToMine(doc, match.firstAt) &&
        !alreadyGiven(doc, match) &&
        !passedOnByMe(doc, match) &&
        !sentTheirWay(doc, match) &&
        !helpOnTheirNeed(doc, match.firstAt) &&
        !freeHelpOnTheirNeed(doc, match.firstAt),
    );
    return writers.map((match) => ({
      severity: 'warning',
      message: 'This reads as a one-off stop on a job search.',
      why: 'Take the journey, not the pit stop: people help those they already know, so connect first and ask much later.',
      range: match.range,
      suggestion: 'Connect over their work now; once you know each other, asking about roles feels natural.',
    }));
  },
});

const THEIRS_REACH = 5;
/** "your post that you look for new job as transport planner after the layoffs": a search with no owner named reaches further back. */
const UNOWNED_REACH = 10;
const ANYONE = wordSet('anyone anybody someone somebody everyone everybody');
const OTHER_PEOPLE = wordSet('everybody everyone anybody anyone people those folks workers staff colleagues who');

/** "Saw you're open to work", "your post that you were affected by the layoffs": their search or loss. */
function readersSearch(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.words[first]?.sentence;
  let owned = false;
  for (let at = first; at <= last; at++) owned ||= WRITER_WORDS.has(doc.words[at]?.folded ?? '');
  const reach = owned ? THEIRS_REACH : UNOWNED_REACH;
  // "a free meal for everybody laid off when the hotel closed": other people's loss, not mine.
  // "two second-years whose shop just laid off": theirs too.
  if (OTHER_PEOPLE.has(doc.words[first - 1]?.folded ?? '') || precededBy(doc, first, 3, WHOSE)) return true;
  // "if any of your guides need work": their people's.
  if (doc.words[first - 2]?.folded === 'your' && doc.words[first - 3]?.folded === 'of') return true;
  // "If the job search gets heavy, call me": their search, set as a condition.
  if (doc.words[first - 1]?.folded === 'the' && doc.words[first - 2]?.folded === 'if' && doc.words[first - 2]?.sentence === sentence)
    return true;
  for (let at = first - 1; at >= Math.max(0, first - reach); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence || WRITER_WORDS.has(word.folded) || emojiAfter(doc, at)) return false;
    if (word.folded === 'you' || word.folded === "you're" || word.folded === 'youre' || word.folded === "you've") return true;
    // "if anyone in your FRG is job hunting, tell them to DM me": someone else's search ("a nurse who
    // is looking for work" is still the writer, so not every word of OTHER_PEOPLE).
    if (ANYONE.has(word.folded)) return true;
    // "saw your open to work post": their search, named as theirs ("your lab's openings" are asked after).
    if (word.folded === 'your' && at === first - 1) return true;
    // "So sorry to hear about the layoffs at Tarn": sympathy for theirs.
    if (SYMPATHY.has(word.folded)) return true;
  }
  return false;
}

const SYMPATHY = wordSet('sorry condolences sympathies');
const WHOSE = wordSet('whose');

const TIME_OPENERS = wordSet('when until till');
const LOSSES = wordSet('laid layoffs layoff redundant');
const TIME_REACH = 3;
/**
 * "You helped me a lot when I was laid off", "we were both on the team until the layoffs": a loss
 * that dates something else. A search said beside it is still found by its own words.
 */
function lossAsATime(doc: Doc, first: number, last: number): boolean {
  if (!doc.words.slice(first, last + 1).some((word) => LOSSES.has(word.folded))) return false;
  const sentence = doc.words[first]?.sentence;
  for (let at = first - 1; at >= Math.max(0, first - TIME_REACH); at--)
    if (doc.words[at]?.sentence === sentence && TIME_OPENERS.has(doc.words[at]!.folded)) return true;
  return false;
}
