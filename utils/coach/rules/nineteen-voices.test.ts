import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 12 (issue 12): an army logistician and a small-town electrician, a chemistry lecturer and
// a firmware engineer, a Lagos tester and a retired navy chief. Their shapes, rewritten in our own
// words.

describe('kindnesses that looked like asks or pitches', () => {
  testRule(askBeforeGive, {
    valid: [
      'If you want a second pair of eyes on your lease before you sign it, I am around most evenings.',
      'Of course, I am very happy to write the letter of support for your fellowship bid.',
      "I'd be happy to write the letter of support for your bid.",
    ],
    invalid: [
      { text: 'Would you be happy to write a letter of support for my application?', errors: [{ rule: 'ask-before-give', words: 'a letter of support' }] },
      { text: 'Before you sign off for the holidays, could you review my contract?', errors: [{ rule: 'ask-before-give', words: 'review my' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [
      'We use your open-source scheduler in all our products, three years now. Just wanted to say thank you.',
      'The onboarding template you made me last spring is pinned in our Slack. 600+ downloads since.',
      "I'm selling my old climbing rack for free to anyone starting out. Want it?",
    ],
    invalid: [
      { text: 'We use machine learning in our products.', errors: [{ rule: 'sales-pitch', words: 'our products' }] },
      { text: 'As you shared, our newsletter now has 40k downloads a month.', errors: [{ rule: 'sales-pitch', words: '40k downloads' }] },
      { text: "We're selling our audit for free this month.", errors: [{ rule: 'sales-pitch', words: "We're selling" }] },
    ],
  });
  testRule(offersValueRule, {
    valid: [
      'Would you be happy to write a short review of my novel?',
      'Want me to send you the catalogue?',
      'Thanks for the connect, Priya. Could you send me the names of your best graduates?',
    ],
    invalid: [
      { text: 'Did the test matrix I sent work for your juniors? If not, would you like me to send the older version?', errors: [{ rule: 'offers-value', words: 'like me to send' }] },
    ],
  });
});

describe('asks put as wishes, guesses and searches', () => {
  testRule(askBeforeGive, {
    valid: [
      'Here are my slides from the workshop. I would be glad if you find them useful.',
      'If you ever need an electrician in Akron, I know folks who do great work, happy to pass names.',
      "Thanks! I don't know of anyone better at this than you.",
    ],
    invalid: [
      { text: 'My student Ana is applying to your lab. I would be very grateful if you gave her file a careful read.', errors: [{ rule: 'ask-before-give', words: 'be very grateful if you gave' }] },
      { text: 'We would be glad if you listed our new sensor board in your supported hardware page.', errors: [{ rule: 'ask-before-give', words: 'be glad if you listed' }] },
      { text: "I'm retiring next year and selling the bakery. Figured you'd know people who might want it.", errors: [{ rule: 'ask-before-give', words: "you'd know people" }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [
      "I'm exploring partnership opportunities with clinics in the region.",
      'Are you exploring opportunities to speak at meetups this year?',
    ],
    invalid: [
      { text: 'I ran supply for a brigade on two deployments and I am currently exploring operations roles in Ohio.', errors: [{ rule: 'job-seeking', words: 'exploring operations roles' }] },
      { text: 'Since our project closed I am open for new opportunities in embedded Linux.', errors: [{ rule: 'job-seeking', words: 'open for new opportunities' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [
      'We moved our lab onto the new cluster last spring. I imagine you face the same issues with the scheduler, happy to share notes.',
      'I bought a $25 guide to the new wiring regs and it was worth every cent.',
    ],
    invalid: [
      { text: 'Last month we helped a plant manager cut overtime in half. I bet your company deals with the same scheduling headaches.', errors: [{ rule: 'sales-pitch', words: 'bet your company deals with the same scheduling headaches' }] },
      { text: 'I wrote a $29 workbook for first-time landlords and think your members would like it.', errors: [{ rule: 'sales-pitch', words: '29' }] },
      { text: 'We designed a garden lighting kit that homeowners love. It would sell well in your store.', errors: [{ rule: 'sales-pitch', words: 'homeowners love' }] },
      { text: 'Our expo has 30 exhibitor tables and only 4 left, so book before they are gone.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Hi Tom, following up on the quote we sent for the school job. We can come down 3% if that helps.', errors: [{ rule: 'sales-pitch', words: 'the quote we sent' }, { rule: 'sales-pitch', words: 'We can come down' }] },
      { text: 'These candles practically fly off your shelves.', errors: [{ rule: 'sales-pitch', words: 'off your shelves' }] },
    ],
  });
});

// Three relational notes the unread check sets (f13d-e, f17d-f, f19d) called transactional, read in
// session 12 for this shape only: a freebie the note says sells nothing, and "would you like my …".
describe('a freebie given with nothing to sell', () => {
  testRule(salesPitchRule, {
    valid: [
      'Saw you start your MBA in January. I do a free CV review for career changers on Thursdays, nothing to buy, no upsell. Happy to save you a place.',
      'If you want a free portfolio review before the panel, the tea is on me, honestly without strings.',
    ],
    invalid: [
      { text: 'Happy to do a free audit of your site, no strings attached.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Book a free strategy session this week, no strings. Packages start at $300.', errors: [{ rule: 'sales-pitch', words: 'free strategy' }, { rule: 'sales-pitch', words: 'Packages start' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Since you are job hunting in Lisbon too, would you like my list of the 40 firms I applied to, with who replied?'],
    invalid: [{ text: 'Would you like to review my list of the 40 firms I applied to?', errors: [{ rule: 'ask-before-give' }] }],
  });
});

test('a stranger asked for the names of their students is asked, not thanked', () => {
  const analysis = analyze({ text: 'Thanks for the connect. I need an apprentice and saw you teach at the college. Could you send me names of a few of your best students?' });
  expect(analysis.verdict).toBe('transactional');
});
