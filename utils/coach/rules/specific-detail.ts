import { defineRule } from '../rule';
import { findEarnedWorkMentions } from '../signals/hooks';
import type { TheirWorkSource } from '../signals/their-work';

const MESSAGES: Record<TheirWorkSource, string> = {
  work: 'You mention something specific they made or did.',
  yours: 'You mention something that is theirs.',
  memory: 'You recall something they said or did.',
  attention: 'You show you read or watched their work.',
  headline: 'You connect to what they do.',
  company: 'You connect to where they work.',
};

export const specificDetail = defineRule({
  id: 'specific-detail',
  principle: 'relationship',
  kind: 'strength',
  description: 'Mentions a specific piece of their work: a post, talk, project, or their field.',
  check(doc) {
    return findEarnedWorkMentions(doc).map((mention) => ({
      severity: 'info',
      message: MESSAGES[mention.source],
      why: 'A specific detail shows you paid attention, which is where relationships start.',
      range: mention.range,
    }));
  },
});
