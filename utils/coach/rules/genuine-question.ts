import { defineRule } from '../rule';
import { findGenuineQuestions } from '../signals/questions';

export const genuineQuestion = defineRule({
  id: 'genuine-question',
  principle: 'give',
  kind: 'strength',
  description: 'A genuine question or curiosity about their work.',
  check(doc) {
    return findGenuineQuestions(doc).map((range) => ({
      severity: 'info',
      message: 'You ask about their work out of real curiosity.',
      why: 'Curiosity about someone’s work gives them attention, and invites a conversation rather than a transaction.',
      range,
    }));
  },
});
