import { testRule } from '../testing/rule-tester';
import { genuineQuestion } from './genuine-question';

const rule = 'genuine-question';

testRule(genuineQuestion, {
  valid: [
    // Negative table (issue 12): asks for contact details, time or a meeting, and qualifying questions.
    "What is your phone number?",
    'What does your roadmap look like for next quarter?',
    'How are you thinking about data quality tooling this year?',
    'What do you think I should do to get an internship with your team?',
    "What's the best email for you?",
    "How long have you been in business?",
    "Are you open to working with external partners?",
    "Are you free for coffee in the next few weeks?",
    "When would be a good time to chat?",
    "Do you have budget for this year?",
    "Who in your organisation is responsible for training?",
    "I'd love to learn more about your business.",
    "Would you like a free demo?",

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
