import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';

// Session 16 (issue 12): a Navy chief moving into logistics and a Kenyan ICU nurse in Leeds, a
// retired Army major who runs an HVAC firm and a Korean game developer in Seoul. The shapes their
// notes showed, in our own words. Then (round 28) a backend developer in Lagos and an estate agent in
// Ontario, an HR partner in Singapore and an accounting student in Ohio.

describe('a call offered on their need, the offer said at the close', () => {
  testRule(askBeforeGive, {
    valid: ['If you ever need someone to sit in on a first interview with a veteran, give me a call. Glad to help.'],
    invalid: [
      {
        text: 'If you need someone to service your boiler, give me a call. Our rates start at £60 and we are glad to help.',
        errors: [{ rule: 'ask-before-give', words: 'a call' }],
      },
    ],
  });
});

describe('whoever we help, a result with its figure is what we sell', () => {
  testRule(salesPitchRule, {
    valid: ['We spent Saturday helping the scouts cut wood for the fire, 20 kids and one axe.'],
    invalid: [
      {
        text: 'We have been helping family vineyards in the valley lower spoilage by 12% this year.',
        errors: [{ rule: 'sales-pitch', words: 'We have been helping family vineyards in the valley lower spoilage by 12' }],
      },
    ],
  });
});

describe('a loss we fixed, then kept on our plan, turned on the reader', () => {
  testRule(salesPitchRule, {
    valid: ['Last winter a neighbour lost his dog in the snow. We had him home by 9pm. Your post about search dogs made me smile.'],
    invalid: [
      {
        text: 'A story for you: in March a school in Temple lost their boiler on a Monday. We had it running by 11am. They have kept our maintenance plan ever since. Your site crew may find that useful.',
        errors: [{ rule: 'sales-pitch', words: 'a school in Temple lost their boiler on a Monday. We had it running by 11am. They have kept our maintenance plan ever since. Your site crew may find that useful' }],
      },
    ],
  });
});

describe('our product, shown', () => {
  testRule(salesPitchRule, {
    valid: ['Next time you are in Busan I would be glad to show you the harbour at night.'],
    invalid: [
      { text: 'Our puzzle app is nearly done. I would be glad to show you the prototype next week.', errors: [{ rule: 'sales-pitch', words: 'show you the prototype' }] },
    ],
  });
});

describe('a place on their wall for our flyer', () => {
  testRule(askBeforeGive, {
    valid: ['Your team put a poster up for the blood drive last month and forty people came.'],
    invalid: [
      { text: 'We would love to get a flyer up at your community centre this spring.', errors: [{ rule: 'ask-before-give', words: 'a flyer up' }] },
    ],
  });
});

describe('their hour on my resume, remembered', () => {
  const remembered = 'You spent an hour on a Sunday going through my resume line by line. I start at the depot on Monday.';
  testRule(askBeforeGive, {
    valid: [remembered],
    invalid: [
      {
        text: 'You posted the opening on Friday, and I would love you to look at my resume.',
        errors: [{ rule: 'ask-before-give', words: 'my resume' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [remembered],
    invalid: [
      {
        text: 'You posted the opening on Friday, so I am attaching my resume for the role.',
        errors: [{ rule: 'job-seeking', words: 'my resume' }],
      },
    ],
  });
});

describe('a person we both know, and how they speak of you', () => {
  testRule(sharedContextRule, {
    valid: ['Our product speaks for itself, and our clients say so too.'],
    invalid: [
      {
        text: 'Hello Grace, my old ward manager Mrs Otieno says you were her first student nurse. She speaks of you with such pride.',
        errors: [{ rule: 'shared-context', words: 'says you were her' }],
      },
    ],
  });
});

describe('a copy handed over to keep', () => {
  testRule(linkPush, {
    valid: ['You drew the sprites for our jam game last spring. I still have the build, here: https://drive.example.com/f/jam-build Please keep it if you like.'],
    invalid: [{ text: 'Our new level editor is out, here: https://store.example.com/app/editor', errors: [{ rule: 'link-push' }] }],
  });
});

describe('a glossary of ours, given with nothing asked back', () => {
  testRule(askBeforeGive, {
    valid: ['Would you like our club’s training notes from the spring? We wrote them for the juniors.'],
    invalid: [{ text: 'Would you share our new catalogue with your buyers?', errors: [{ rule: 'ask-before-give' }] }],
  });
  testRule(linkPush, {
    valid: ['Would you like our glossary of rigging terms? We made it for our own crew. Nothing in return, I think it can save your team some time.\nhttps://docs.example.com/s/rigging-terms'],
    invalid: [{ text: 'Our new booking page is live:\nhttps://book.example.com/rigging', errors: [{ rule: 'link-push' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['It is a list we made for our own studio. I think it can save your team some time.'],
    invalid: [{ text: 'It is the tool we made for our own studio. I think it could save your team 10 hours a week.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('an offer put as their choice', () => {
  testRule(offersValueRule, {
    valid: ['Would you like to add me to your list of suppliers?'],
    invalid: [
      { text: 'Would you like me to add you to the volunteers’ chat? No pressure.', errors: [{ rule: 'offers-value', words: 'like me to add you' }] },
    ],
  });
});

describe('seeing them there', () => {
  testRule(sharedContextRule, {
    valid: ['Looking forward to meeting the team at your stand.'],
    invalid: [{ text: 'So good seeing you at the choir’s spring concert, Tomas.', errors: [{ rule: 'shared-context', words: 'good seeing you' }] }],
  });
});

describe('a look at their stack, if it is ever of interest', () => {
  testRule(askBeforeGive, {
    valid: ['Your talk on caching was brilliant, thank you for it.'],
    invalid: [{ text: 'Happy to review your pipeline too if it’s ever of interest.', errors: [{ rule: 'ask-before-give', words: 'if it’s ever of interest' }] }],
  });
});

describe('their price, told back to them', () => {
  testRule(salesPitchRule, {
    valid: ['You mentioned at the open evening that the £180 exam fee was the hard part. Our society covers two fees a term.'],
    invalid: [{ text: 'You mentioned the open evening. Our course is only £180 a term.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('a late reply is no keyword to send back', () => {
  testRule(askBeforeGive, {
    valid: ['Sorry for the late reply, ECG leads everywhere this week. Your talk on sepsis scores was superb.'],
    invalid: [{ text: 'Want the checklist? Reply YES and it is yours.', errors: [{ rule: 'ask-before-give', words: 'Reply YES' }] }],
  });
});

describe('thanks carried on by "and for"', () => {
  testRule(askBeforeGive, {
    valid: ['Thank you for connecting, and for the kind Google review in May, it made our week.'],
    invalid: [{ text: 'Thank you for connecting, and could you leave us a Google review?', errors: [{ rule: 'ask-before-give' }] }],
  });
});

describe('how to take an offer the question made', () => {
  testRule(askBeforeGive, {
    valid: ['You left your scarf at the viewing on Saturday. Would you like me to drop it by? Just text me.'],
    invalid: [{ text: 'Got a leaky gutter this winter? Text me.', errors: [{ rule: 'ask-before-give' }] }],
  });
});
