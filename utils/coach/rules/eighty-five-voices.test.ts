import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';

// Session 30 (issue 12): the relational notes of round 85 (an Air Force veteran who advises student
// veterans, a Bengaluru SaaS rep; a retired Army chaplain, a Jakarta coworking operator) and of the
// check sets read this session that the coach called transactional. Their shapes, in our words.

describe('an amount of nothing is no price', () => {
  testRule(salesPitchRule, {
    valid: [
      'Nursing students are checking blood sugar at the library on Saturday. Price is $0, nothing to sign.',
      'The flu shots at the county clinic: the price is 0 € for anyone over sixty. Thought of your mother.',
      'Entry fee is $0.00 for veterans and their families, and the fish fry is on the Post.',
    ],
    invalid: [
      { text: 'Setup is $0 and the plan is $49 per month after the trial.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Our audit package is only $10 this week, the usual price is $400.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('a statement with a tag is no time proposed', () => {
  testRule(askBeforeGive, {
    valid: [
      'Thanks for the call yesterday. I tried your flat day pass with free coffee, and this week twice the people came, funny right? I owe you one.',
      'Moved the vets breakfast to Thursday like you said and it doubled, works great huh? Thank you again.',
    ],
    invalid: [
      { text: 'Thanks for connecting. Are you free for a coffee this Thursday?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Thanks for connecting. Does Thursday work for a quick call about our platform?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a favour asked for someone else, the writer gaining nothing', () => {
  // Shown at info since session 32: every note of the corpus that says so is a good one.
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: "Mr. Ortiz, a veteran in our program lost his apartment after a fire and has a voucher good up to $1,100. You have a one-bed listed on Elm. Would you be willing to meet him? I don't get anything out of this.",
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      {
        text: "Hi Priya, one of our interns, Sam, is looking for a first data job. Could you pass his CV to your hiring team? I get nothing from it, he's just good.",
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      {
        text: 'Hi Anouk, two of our developers are moving to Utrecht in June. Could you pass their CVs to anyone hiring mid-level? This is for them, we lose them, but I want them to land well.',
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      {
        text: "Dear Lakshmi, a friend's NGO has two remote roles for women returning to work. Kindly refer anyone suitable to her. Nothing needed for me.",
        errors: [{ rule: 'ask-before-give', severity: 'info' }],
      },
      // Saying nothing is sold is not saying the ask is for someone else.
      {
        text: 'Hi Sam, not selling anything, promise. Would you be open to a quick call next week about your hiring plans?',
        errors: [{ rule: 'ask-before-give', severity: 'error' }, { rule: 'ask-before-give', severity: 'error' }],
      },
      { text: 'Could you introduce me to your head of procurement? We help clinics cut costs.', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
    ],
  });
});

describe('nothing to do is no ask', () => {
  testRule(askBeforeGive, {
    valid: [
      'Our post runs a free van to the VA clinic every Tuesday, three seats open. There is nothing to sign up for, just show up at 7.',
    ],
    invalid: [
      { text: 'Thanks for connecting! Please sign up for our webinar on Thursday.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Great to connect. There is a form to sign up for our newsletter, would you?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a question that sizes up a buyer by their rent, volume, acquirer or insurer', () => {
  testRule(askBeforeGive, {
    valid: [
      'You told me the rent nearly sank the bakery last winter. Did the landlord ever come down? Rooting for you.',
    ],
    invalid: [
      { text: 'Quick question: are you still renting in the Marina, and roughly what is your monthly rent now?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Quick question, Ana: what is the monthly volume of your marketplace, and who is your acquirer today?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Hi Tom, who is your insurer for the fleet these days? Just curious.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe("the seller's price held as a close", () => {
  testRule(salesPitchRule, {
    valid: [
      'Heads up: the co-op board voted to hold the fertilizer price for members through April. Nothing you need to do.',
      'Butter at the cash-and-carry goes up 18% in March. My cooperative will hold the price until June if you want their name.',
    ],
    invalid: [
      { text: 'October 18 is still open but two other couples asked. If you confirm before Friday I can keep the 2024 price.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Just a reminder, Lívia: after Friday I can’t hold the price anymore. Let me know!', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});
