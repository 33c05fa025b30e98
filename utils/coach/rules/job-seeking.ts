import { defineRule } from '../rule';
import type { Doc } from '../text/doc';
import { outsideTopics } from '../signals/topics';
import { jobSeeking } from '../signals/phrase-sets';

export const jobSeekingRule = defineRule({
  id: 'job-seeking',
  principle: 'journey',
  kind: 'concern',
  description: 'Networking as a pit stop between jobs: openings, referrals, a resume.',
  check(doc) {
    const writers = outsideTopics(doc, jobSeeking.find(doc)).filter((match) => !readersSearch(doc, match.first));
    return writers.map((match) => ({
      severity: 'warning',
      message: 'This reads as a one-off stop on a job search.',
      why: 'Take the journey, not the pit stop: people help those they already know, so connect first and ask much later.',
      range: match.range,
      suggestion: 'Connect over their work now; once you know each other, asking about roles feels natural.',
    }));
  },
});

/** "Saw you're open to work": the reader's search, named by someone who may help with it. */
const READER_IS = new Set(["you're", 'youre', 'are', "you've", 'been']);

function readersSearch(doc: Doc, first: number): boolean {
  const before = doc.words[first - 1];
  if (!before || before.sentence !== doc.words[first]?.sentence) return false;
  if (before.text === "you're" || before.text === 'youre') return true;
  return READER_IS.has(before.text) && doc.words[first - 2]?.text === 'you';
}
