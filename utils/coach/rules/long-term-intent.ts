import { defineRule } from '../rule';
import { findLongTermIntent } from '../signals/long-term';

export const longTermIntentRule = defineRule({
  id: 'long-term-intent',
  principle: 'journey',
  kind: 'strength',
  description: 'Long-term intent: following their work, keeping in touch, reconnecting.',
  check(doc) {
    return findLongTermIntent(doc).map((match) => ({
      severity: 'info',
      message: 'You signal this is the start of something longer.',
      why: 'Take the journey: seeds planted now are what grow into partnerships years later.',
      range: match.range,
    }));
  },
});
