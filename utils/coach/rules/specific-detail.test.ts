import { testRule } from '../testing/rule-tester';
import { specificDetail } from './specific-detail';

const rule = 'specific-detail';

testRule(specificDetail, {
  valid: [
    // Negative table (issue 12): possessives that fit anyone, and details used as the hook of an ask.
    "Thanks for your choice of words, it fits the programme.",
    "I came across your profile and would love your eyes on our new tool.",
    "Could you introduce me to your CEO?",
    "Can you share your WhatsApp so we can coordinate faster?",
    "Are you open to working with external partners on your freight operations?",
    "Should I close your file?",
    {"text": "I noticed Beacon Logistics is growing. Are you open to a quick call?", "recipient": {"company": "Beacon Logistics"}},

    'I admire your work.',
    'You have an impressive profile.',
    'Check out my latest post!',
    'Would you like a demo?',
    'I noticed you work in education.',
    'I would love to talk to your marketing team.',
  ],
  invalid: [
    { text: 'Loved your talk on eBPF.', errors: [{ rule, words: 'your talk' }] },
    { text: 'My daughter was in your U12 team.', errors: [{ rule, words: 'your U12' }] },
    {
      text: 'The malaria diagnostics work deserves it.',
      errors: [{ rule, words: 'The malaria diagnostics work' }],
    },
    { text: 'Great to see what you’ve built since!', errors: [{ rule, words: 'you’ve built' }] },
    { text: 'Loved the KubeCon keynote!', errors: [{ rule, words: 'the KubeCon keynote' }] },
    { text: 'Your spreadsheet for dairy herds is great.', errors: [{ rule, words: 'Your spreadsheet' }] },
    {
      text: 'I still remember the day you walked us through it.',
      // One remembered moment is one detail, however many words point at it.
      errors: [{ rule, words: 'I still remember' }],
    },
    {
      text: 'Big fan of what Ubuntu Health does.',
      recipient: { company: 'Ubuntu Health' },
      errors: [{ rule, words: 'Ubuntu Health' }],
    },
    {
      text: 'Another flood modeller here!',
      recipient: { headline: 'Flood modeller at the EA' },
      errors: [{ rule, words: 'flood modeller' }],
    },
  ],
});
