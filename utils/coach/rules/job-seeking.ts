import { defineRule } from '../rule';
import { outsideTopics } from '../signals/topics';
import { jobSeeking } from '../signals/phrase-sets';

export const jobSeekingRule = defineRule({
  id: 'job-seeking',
  principle: 'journey',
  kind: 'concern',
  description: 'Networking as a pit stop between jobs: openings, referrals, a resume.',
  check(doc) {
    return outsideTopics(doc, jobSeeking.find(doc)).map((match) => ({
      severity: 'warning',
      message: 'This reads as a one-off stop on a job search.',
      why: 'Take the journey, not the pit stop: people help those they already know, so connect first and ask much later.',
      range: match.range,
      suggestion: 'Connect over their work now; once you know each other, asking about roles feels natural.',
    }));
  },
});
