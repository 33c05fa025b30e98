import { testRule } from '../testing/rule-tester';
import { genuineQuestion } from './genuine-question';

const rule = 'genuine-question';

testRule(genuineQuestion, {
  valid: [
    'Would you be open to a quick call?',
    'Are you struggling to hire nurses?',
    'Would you review my proposal?',
    'Can I send you our catalogue?',
    'Is this thing on?',
  ],
  invalid: [
    {
      text: 'How did you handle sampling at that scale?',
      errors: [{ rule, words: 'How did you handle sampling at that scale' }],
    },
    {
      text: "I'd love to hear how you approached the migration.",
      errors: [{ rule, words: 'love to hear how' }],
    },
    {
      text: 'Loved it. What made you\nswitch to Rust?',
      errors: [{ rule, words: 'What made you\nswitch to Rust' }],
    },
  ],
});
