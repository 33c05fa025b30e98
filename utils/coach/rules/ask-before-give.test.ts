import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';

const rule = 'ask-before-give';

testRule(askBeforeGive, {
  valid: [
    'Your talk about how to ask for a referral was great.',

    'Loved your call-out in the post about on-call rotations.',
    'Congrats on the new job, Sam!',
    "I'd love to hear how you approached the migration.",
    'How did you decide which services to split first?',
    'Your post on building a referral program was great.',
    'The first part of your keynote was the best.',
    // Curiosity about how they did something is not a qualifying question.
    'How did you pick the tools for the flood maps?',
    'What made you move your team from day rates to project fees?',
    'Thank you for sharing it with your class, it made my week.',
    'Here is the rota tool we use. Let me know if you try it!',
    // Time and help already given, thanked for or remembered, are not asked for.
    'Thanks again for the half hour on Friday, I left with a page of ideas.',
    'You gave me blunt notes on my first pitch deck in 2019 and I still use them.',
    // A building site, not a website.
    'I passed your checklist to our site team and they pinned it up.',
  ],
  invalid: [
    // Asks for contact details, a link, time, and qualifying questions (issue 12).
    { text: 'What is your phone number?' },
    { text: 'Could you share your WhatsApp so we can talk?' },
    { text: 'Please check out our website when you have a moment.' },
    { text: 'Pricing and case studies are on our site, worth a visit.' },
    { text: 'We are building a climate data platform with three pilots. Are you available for coffee in the next few weeks?' },
    { text: 'Are you open to working with external partners this quarter?' },
    // Questions that qualify a buyer or ask for a way in, whatever their wording (issue 12).
    { text: 'Loved your webinar. How much budget does your team have for training this year?', errors: [{ rule, words: 'How much budget does your team have for training this year' }] },
    // The reader asked to act on the writer's thing, whatever the wording (issue 12).
    { text: 'My second novel is out Friday. What do you think about reviewing it on your blog?', errors: [{ rule, words: 'you think about reviewing it' }] },
    { text: 'I have attached my portfolio, please check it.', errors: [{ rule, words: 'please check it' }] },
    { text: 'What is your process for onboarding new suppliers?', errors: [{ rule, words: 'What is your process for onboarding new suppliers' }] },
    { text: 'Hi Sara, what skills do you think I need to get hired at Spotify?', errors: [{ rule, words: 'Hi Sara, what skills do you think I need to get hired at Spotify' }] },

    { text: 'Can we hop on a quick call this week?', errors: [{ rule, words: 'a quick call' }] },
    {
      text: 'Do you have 15 minutes for a demo?',
      errors: [
        { rule, words: '15 minutes' },
        { rule, words: 'a demo' },
      ],
    },
    { text: 'Could you refer me to your recruiter?', errors: [{ rule, words: 'refer me' }] },
    {
      text: 'Please check out my page and\nfollow my page!',
      errors: [
        { rule, words: 'check out my' },
        { rule, words: 'follow my page' },
      ],
    },
    { text: 'I’d love to pick your brain.', errors: [{ rule, words: 'pick your brain' }] },
    { text: 'Would you mind endorsing me for Python?', errors: [{ rule, words: 'endorsing me' }] },
    // Thanks first, then a new request: still an ask.
    { text: 'Thanks for connecting, could you spare 20 minutes next week?', errors: [{ rule, words: '20 minutes' }] },
  ],
});

test('an ask with nothing given and nothing personal is an error', () => {
  const [finding] = runRule(askBeforeGive, { text: 'Can we hop on a quick call?' });
  expect(finding?.severity).toBe('error');
});

test('an ask in a personal note without a give is a warning', () => {
  const [finding] = runRule(askBeforeGive, {
    text: 'Loved your talk on tracing at KubeCon. Could I pick your brain?',
  });
  expect(finding?.severity).toBe('warning');
});

test('an ask after a give, in a personal note, is mild', () => {
  const text =
    'Loved your talk on tracing. I wrote up our notes, happy to share. Open to a quick chat later?';
  const [finding] = runRule(askBeforeGive, { text });
  expect(finding?.severity).toBe('info');
});
