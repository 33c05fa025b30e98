import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { offersValueRule } from './offers-value';
import { linkPush } from './link-push';
import { salesPitchRule } from './sales-pitch';

// Session 11 (issue 12): what twelve more voices (a lab postdoc, a research librarian, a civil
// engineer, an electrician, a joiner, a farm mechanic, a Navy chief, an army medic, writers from
// Brazil and Korea, an MBA student and a charity fundraiser) showed, rewritten in our own words.

describe('a resource handed over by a link, with words that ask nothing back', () => {
  testRule(linkPush, {
    valid: [
      'You said the handover forms keep going missing. Ours is a one-page pdf: https://drive.google.com/file/d/9xYz/view Take it, change it, no credit needed.',
      'Saw your question in the Rust users group about parsing GPX files. This crate does it well and it is free: https://github.com/trackline/gpxread I hope it saves you an afternoon.',
      'Our running club wrote up notes on the canal route: https://canalrunners.org/notes/route-b\nYours if you want them, share with your club.',
      'Found a rounding bug in the export: totals drop a penny when VAT is on. Screenshots: https://imgur.com/a/Qp3sX Thanks for building it.',
      'You posted asking for winter tyre data. We logged a season of it: https://docs.google.com/spreadsheets/d/7Kq/edit',
    ],
    invalid: [
      { text: 'Just launched my course on estimating, check it out: https://estimatepro.io/course', errors: [{ rule: 'link-push', words: 'https://estimatepro.io/course' }] },
    ],
  });
});

describe('"no cost" is bait beside a sale, a gift where nothing is sold', () => {
  testRule(salesPitchRule, {
    valid: [
      'We have ten years of water samples from the estuary. We would be happy to share them and host your class for a day, no cost.',
      'You said you were new in town. Happy to send my list of good bakeries and the free concerts in the square.',
    ],
    invalid: [
      { text: 'Our team runs energy audits for small offices. We will do the first one at no cost, book a slot here.', errors: [{ rule: 'sales-pitch', words: 'no cost' }] },
      { text: 'Happy to run a site audit for you, no cost.', errors: [{ rule: 'sales-pitch', words: 'no cost' }] },
    ],
  });
});

describe('a quoted question tells; it does not ask', () => {
  test('"who asked \'what does it cost?\' out loud" reads as a story, not a qualifying question', () => {
    const analysis = analyze({ text: "Hi Ola, you were the only speaker who answered 'how long does it take?' with real numbers. That was refreshing." });
    expect(analysis.findings.some((finding) => finding.rule === 'ask-before-give')).toBe(false);
  });
  test('a question of the writer\'s own still asks', () => {
    const analysis = analyze({ text: 'What does your team spend on training each year?' });
    expect(analysis.findings.some((finding) => finding.rule === 'ask-before-give')).toBe(true);
  });
});

describe('asks that are the reason for the note, however warm the opening', () => {
  testRule(askBeforeGive, {
    valid: [
      'If the gate sticks again give me a ring and I\'ll pop round and adjust the hinge, no charge.',
      'Could you share your thoughts on the new guidance when you have a moment?',
    ],
    invalid: [
      { text: 'Lovely photo of your son at the regatta! I am after freelance editing work at the moment. Could I send you my CV?', errors: [{ rule: 'ask-before-give', words: 'my CV', severity: 'error' }] },
      { text: 'Congrats on the launch! I do data work on contract, can I send you my portfolio?', errors: [{ rule: 'ask-before-give', words: 'send you my portfolio', severity: 'error' }] },
      { text: 'Thanks so much for the tip about the grant last week. I was wondering if you could get us a free licence of your software for a term?', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
      { text: 'Thank you for your help with the move. Would you write a LinkedIn recommendation for me?', errors: [{ rule: 'ask-before-give', words: 'recommendation for me', severity: 'error' }] },
      { text: 'Your columns on the harbour are superb. We release our survey on Monday, could you kindly cover it?', errors: [{ rule: 'ask-before-give', words: 'could you kindly cover' }] },
      { text: 'Your archive guide is the best I know. Could you share your internal staffing model and pay scales?', errors: [{ rule: 'ask-before-give', words: 'Could you share' }] },
      { text: 'Your orchard looks wonderful this year. Shall I put you on the schedule for a sprayer check?', errors: [{ rule: 'ask-before-give', words: 'put you on the schedule', severity: 'error' }] },
      { text: 'GROWERS! Is your irrigation ready for spring? Book your service today.', errors: [{ rule: 'ask-before-give', words: 'Book your service', severity: 'error' }] },
    ],
  });
});

test('a document passed to their buyer is a referral, not a favour softened by a kind opening', () => {
  const analysis = analyze({ text: 'Great to meet you in Perth. Here is our one-pager, would you mind passing it to your procurement team?' });
  expect(analysis.findings.some((finding) => finding.rule === 'ask-before-give' && finding.severity === 'error')).toBe(true);
  expect(analysis.verdict).not.toBe('relational');
});

describe('a team that serves the reader’s business sells', () => {
  testRule(salesPitchRule, {
    valid: ['Our team could help with the beach clean on Saturday if you are short of hands.'],
    invalid: [
      { text: 'Congrats on the new post! I would love to hear how our team might support your next round of works.', errors: [{ rule: 'sales-pitch', words: 'our team might support your' }] },
    ],
  });
});

describe('an offer made on their need, and care that asks nothing, are gives', () => {
  testRule(offersValueRule, {
    valid: [
      'If you need a plumber, our rates start at £40 an hour.',
      'If you ever need an accountant, we offer a free first review for new clients.',
    ],
    invalid: [
      { text: 'Heard you are off for surgery in March. If you need cover for the Tuesday class, I am around and glad to do a few unpaid.', errors: [{ rule: 'offers-value' }] },
      { text: 'I have a spare label printer we never use. If your front desk needs one, it is free, just collect it.', errors: [{ rule: 'offers-value' }] },
      { text: 'Saw the news about your mum. Thinking of you all this week.', errors: [{ rule: 'offers-value', words: 'Thinking of you' }] },
      { text: 'It was nice to share a desk with you for a year. Good luck in the new job!', errors: [{ rule: 'offers-value', words: 'Good luck in' }] },
    ],
  });
});
