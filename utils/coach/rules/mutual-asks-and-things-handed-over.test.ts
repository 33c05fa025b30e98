import { describe, expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { salesPitchRule } from './sales-pitch';

// Session 8, second batch (issue 12): what five more voices showed, written in our own words. Things
// handed over or already done, someone else's willingness, asks both sides gain from, and plain
// asks a list missed.

describe('handed over, already done, or someone else’s', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your crew did a demo of the scheduling app at our co-op meeting, and it was the clearest of the lot.',
      'As promised at the meetup, here is our volunteer onboarding guide: https://example.org/guide',
      'Funny story about the flyer with the wrong phone number, I still laugh about it.',
      'A guide from the tenants’ union that is worth 10 minutes: https://example.org/lease',
      'I know two nurses who’d be up for talking to you for the piece, want me to ask them?',
    ],
    invalid: [
      {
        text: 'Here is our new catalogue, have a browse: https://example.org/shop',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Could you send me your phone number so we can talk?',
        errors: [{ rule: 'ask-before-give' }, { rule: 'ask-before-give' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [
      "Thank you for the notes on Friday. I've updated my CV the way you suggested and it reads much better.",
      'Feel free to use the workshop outline, no need to hire me for it!',
    ],
    invalid: [
      { text: "I've attached my CV in case your team is hiring.", errors: [{ rule: 'job-seeking' }] },
      {
        text: 'I have sent my resume to your recruiter, could you put in a word?',
        errors: [{ rule: 'job-seeking' }],
      },
    ],
  });
  testRule(linkPush, {
    valid: [
      'The class drew thank-you pictures, here are a few: https://example.org/pictures',
      'I reran the model with your suggestion; the new plot is here if you are curious: https://example.org/plot.png',
    ],
    invalid: [{ text: 'Our spring menu is live: https://example.org/menu', errors: [{ rule: 'link-push' }] }],
  });
  testRule(salesPitchRule, {
    valid: [
      'We used your advice on payment terms and the client paid in ten days, a first in the history of our agency.',
    ],
    invalid: [
      {
        text: 'The history of our agency speaks for itself: ten years of results.',
        errors: [{ rule: 'sales-pitch' }],
      },
    ],
  });
});

describe('asks both sides gain from, and plain asks', () => {
  test('an ask both sides gain from warns; the same ask that only takes is an error', () => {
    const severity = (text: string) => runRule(askBeforeGive, { text }).map((finding) => finding.severity);
    expect(
      severity('We run a small studio too. Would you be up for a monthly call to swap what works?'),
    ).toEqual(['warning']);
    expect(
      severity('We run a small studio too. Would you be up for a monthly call about our services?'),
    ).toEqual(['error']);
  });

  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Would you intro me to your buyer at the co-op?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Any chance you could check the rota for us?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Could you send over your deck and last quarter’s revenue?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Could you look at her contract and tell us if she has a case?',
        errors: [{ rule: 'ask-before-give' }],
      },
      { text: 'Are you planning to raise in the next year?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'I wondered if your shop would donate a hamper for our raffle?',
        errors: [{ rule: 'ask-before-give' }],
      },
      {
        text: 'Would you be able to deliver a session at our staff day?',
        errors: [{ rule: 'ask-before-give' }],
      },
    ],
  });
});
