import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';

// Session 11, third round (issue 12): a Marine and a reservist writing mostly kindnesses full of
// risky words, a hydrologist and a process engineer, a tiler and a Manila HVAC firm asking and
// selling without saying so. Rewritten in our own words.

describe('kindnesses with prices, phone numbers and links in them', () => {
  testRule(salesPitchRule, {
    valid: [
      'The veterans’ centre on Mill Lane has free counselling, walk-ins on Mondays. I went and it helped.',
      'After your talk I set up a monthly donation of £20 to the food bank. Thought you should know.',
      'When we dropped the fee from ₦40 to ₦10 per transfer, sign-ups tripled. Maybe useful for your study.',
      'If you need our permit checklist, happy to help, no cost, just one site manager to another.',
    ],
    invalid: [
      { text: 'Our practice offers free consultations this month for new patients.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Episodes are funded through our sponsor package (three tiers, from $1.5k).', errors: [{ rule: 'sales-pitch', words: '1.5k' }] },
      { text: 'Happy to run a free roof inspection for you this week.', errors: [{ rule: 'sales-pitch', words: 'free roof inspection' }] },
    ],
  });

  testRule(askBeforeGive, {
    valid: [
      'I have two spare exam vouchers I will never use. They are yours if you want them, no strings. Just send me your email.',
      'After the vigil I set up a monthly donation to the shelter in his name.',
    ],
    invalid: [
      { text: 'Could we set up a monthly donation from your company to our shelter?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Loved the conference. Just send me your email and I will add you to our newsletter.', errors: [{ rule: 'ask-before-give', words: 'send me your' }] },
    ],
  });

  testRule(linkPush, {
    valid: [
      'Like I said at the reunion, I have photos of your dad from the 1998 tour. Put them here: https://photos.app.goo.gl/Ab12Cd34',
      'Wrote up my notes from the mock interview for you here: https://docs.google.com/document/d/1Qw2Er3/edit',
      'Yes, the calibration code is public: https://github.com/fieldlab/calib-tools',
    ],
    invalid: [],
  });
});

describe('what was done and meant, and where we served', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'Your firm topping up reservists’ pay made it possible for me to deploy in 2022.', errors: [{ rule: 'offers-value', words: 'made it possible for me' }] },
      { text: 'Ta for lending me the tile cutter Jase!', errors: [{ rule: 'offers-value' }] },
      { text: 'I already put your name in with our site manager, he is expecting your call.', errors: [{ rule: 'offers-value' }] },
      { text: 'Saw you are moving to Leeds in May. If you need a spare room while you look for a flat, it is yours.', errors: [{ rule: 'offers-value' }] },
    ],
  });
  testRule(sharedContextRule, {
    valid: [],
    invalid: [{ text: 'I served with your brother in Helmand. He was the best of us.', errors: [{ rule: 'shared-context', words: 'served with' }] }],
  });
});

describe('asks and sales that never say call or buy', () => {
  testRule(askBeforeGive, {
    valid: ['Thanks again for the letter of support you wrote last year, we got the grant.'],
    invalid: [
      { text: 'Your dune surveys are exactly what our proposal lacks, and a letter of support from you would make it much stronger.', errors: [{ rule: 'ask-before-give', words: 'a letter of support' }, { rule: 'ask-before-give', words: 'from you would' }] },
      { text: 'We are pricing a school refit and would be grateful for your best trade price on 60m2 of oak.', errors: [{ rule: 'ask-before-give', words: 'be grateful for your' }, { rule: 'ask-before-give', words: 'best trade price' }] },
      { text: 'I am guest-editing an issue on glacier melt and would love to see your name on the reviewer list.', errors: [{ rule: 'ask-before-give', words: 'see your name on' }, { rule: 'ask-before-give', words: 'the reviewer list' }] },
      { text: 'Big fan of the new slate range, would love to be on your list of recommended installers.', errors: [{ rule: 'ask-before-give', words: 'be on your list of recommended', severity: 'error' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Lovely kitchen you posted. I have got a gap in my diary from the 3rd if your fitter lets you down.', errors: [{ rule: 'sales-pitch', words: 'gap in my diary' }] },
      { text: 'Saw you are after someone for the en suite. Happy to pop round and give a no obligation quote.', errors: [{ rule: 'sales-pitch', words: 'no obligation quote' }] },
      { text: 'I make slate coasters in Cornwall and reckon they would suit your shop. Samples on me.', errors: [{ rule: 'sales-pitch', words: 'Samples on me' }] },
      { text: 'Your water dashboard is great. We build the same for farms, so there is a natural partnership here.', errors: [{ rule: 'sales-pitch', words: 'natural partnership' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [{ text: 'Your posts on the chemicals market are spot on. For the right process role I would be open for a change.', errors: [{ rule: 'job-seeking', words: 'open for a change' }] }],
  });
});

test('a price in pesos is a price', () => {
  const analysis = analyze({ text: 'One of our malls was spending ₱380k monthly on repairs until we took over. Now it is below ₱120k, and yours could be too.' });
  expect(analysis.verdict).not.toBe('relational');
});

describe('a veteran’s treats and missing numbers', () => {
  testRule(askBeforeGive, {
    valid: [
      'You patched me up in Helmand in 2010. I never got your number. I teach first aid now because of you.',
      'You wrote my reference for the fire service in 2016. I would like to buy you a beer if you are ever in Leeds.',
    ],
    invalid: [
      { text: 'Your maps are superb. We would like to buy your survey data for our client.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Great meeting you. What is your number?', errors: [{ rule: 'ask-before-give', words: 'your number' }] },
    ],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'Reunion is 8 June. Tickets are £40 but the lads chipped in to cover yours, just turn up.', errors: [{ rule: 'offers-value', words: 'chipped in' }, { rule: 'offers-value', words: 'cover yours' }] },
      { text: 'If you want work after you leave, my firm is hiring and I will walk your resume to the manager myself.', errors: [{ rule: 'offers-value', words: 'walk your resume' }] },
    ],
  });
});

describe('an academic’s own paper and an invitation to write for them', () => {
  testRule(linkPush, {
    valid: [],
    invalid: [
      { text: 'Your lecture on river deltas was inspiring. I have recently published a related paper, which you may find relevant: https://doi.org/10.1234/delta-77', errors: [{ rule: 'link-push', words: 'https://doi.org/10.1234/delta-77' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Your paper on grading bias was brilliant. I am putting together a special issue and would love for you to contribute.', errors: [{ rule: 'ask-before-give', words: 'for you to contribute' }] },
    ],
  });
});
