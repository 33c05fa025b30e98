import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { falseUrgency } from './false-urgency';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 8 (issue 12): what ten new voices' notes showed, written in our own words. Offers put as
// a question, things the writer did or leaves to the reader, and plain asks a word list missed.

describe('an offer put as a question is a give', () => {
  testRule(offersValueRule, {
    valid: ['Want me to send you our brochure?', 'Could you forward your CV and your rate card?'],
    invalid: [
      {
        text: 'My cousin runs a bike shop in Ghent and needs a mechanic. Want me to intro you two?',
        errors: [{ rule: 'offers-value', words: 'Want me to intro' }],
      },
      {
        text: 'I still have my notes from the acoustics module you asked about. Shall I email them?',
        errors: [{ rule: 'offers-value', words: 'Shall I email' }],
      },
      {
        text: 'Our plant has an opening for a QA lead, I can forward your CV to the manager if you like.',
        errors: [{ rule: 'offers-value', words: 'forward your CV' }],
      },
    ],
  });
});

describe('what the writer did, or leaves to the reader, is no ask', () => {
  testRule(askBeforeGive, {
    valid: [
      "Thanks for the advice on Tuesday. I've already rewritten my resume the way you said, and it reads far better.",
      "A friend's studio is hiring a junior animator. Link's in my latest post if useful, no need to reply!",
    ],
    invalid: [
      { text: 'Could you take a look at my resume before Friday?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'If you liked the cake, would you mind leaving us a quick Google review?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Our school garden is shortlisted for the city prize. Would you mind voting for us?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'I would welcome a short telephone call at your earliest convenience.',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'We see the same cracking on our castings. Can you please share your test data?',
        errors: [{ rule: 'ask-before-give' }],
      },
    ],
  });
  testRule(falseUrgency, {
    valid: ['A gallery in Leith needs a framer, and I thought of you right away.'],
    invalid: [{ text: 'Please send the signed form right away.', errors: [{ rule: 'false-urgency' }] }],
  });
  testRule(linkPush, {
    valid: [
      'You said you were thinking of switching suppliers. This comparison helped us last spring: https://example.org/compare',
    ],
    invalid: [
      { text: 'Have a look at our new menu: https://example.org/menu', errors: [{ rule: 'link-push' }] },
    ],
  });
});

describe('amounts that bound the work, and plain selling', () => {
  testRule(salesPitchRule, {
    valid: [
      "We keep arguing about a fixed fee versus a percentage for kitchens under $80k. What's worked for you?",
    ],
    invalid: [
      {
        text: 'There is a $500 team sponsorship that covers lunch and aprons for everyone.',
        errors: [{ rule: 'sales-pitch' }],
      },
      {
        text: "If you're planning the next offsite, I'd love to send over our retreat packages.",
        errors: [{ rule: 'sales-pitch' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['Congratulations on the board seat at the hospital trust, well deserved.'],
    invalid: [
      {
        text: 'I am currently seeking an advisory role with a growing logistics firm.',
        errors: [{ rule: 'job-seeking' }],
      },
      {
        text: 'Having retired in June, I am now available for non-executive mandates.',
        errors: [{ rule: 'job-seeking' }],
      },
    ],
  });
  testRule(specificDetail, {
    valid: [
      {
        text: "Loved your post about the volunteer week at Dock Street. There's a $600 group sponsorship that covers tools and lunch.",
      },
    ],
    invalid: [
      {
        text: 'Loved your post about the volunteer week at Dock Street, what a turnout.',
        errors: [{ rule: 'specific-detail' }],
      },
    ],
  });
});
