import { defineRule } from '../rule';
import { findTheirWork } from '../signals/their-work';

export const specificDetail = defineRule({
  id: 'specific-detail',
  principle: 'relationship',
  kind: 'strength',
  description: 'Mentions a specific piece of their work: a post, talk, project, or their field.',
  check(doc) {
    return findTheirWork(doc).map((mention) => ({
      severity: 'info',
      message:
        mention.source === 'work'
          ? 'You mention something specific they made or did.'
          : `You connect to their ${mention.source}.`,
      why: 'A specific detail shows you paid attention, which is where relationships start.',
      range: mention.range,
    }));
  },
});
