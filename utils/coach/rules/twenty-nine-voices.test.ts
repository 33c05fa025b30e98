import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 17 (issue 12): a county Veterans Service Officer and a textile sourcing manager in Istanbul,
// a submarine veteran turned lineman apprentice and a nurses' union organiser; then (round 30) a hospice
// chaplain who served in the Army, a Seabee who builds ramps and a ceramics designer in Faenza. The
// shapes their notes showed, in our own words.

describe('help given free, "no strings" said in the same breath', () => {
  testRule(salesPitchRule, {
    valid: [
      'Saw you lost the paperwork for your grandad’s medals. There is another way in through the regiment’s museum. Glad to go through it with you. No cost to you, no strings.',
      'The eye screening at the library is free on Mondays. No cost, no catch, I just know it helped my mum.',
    ],
    invalid: [
      { text: 'Book your roof audit this month. No cost, no catch.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
      { text: 'Would you have 10 minutes so I can check your policy is still right? No cost.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
    ],
  });
});

describe('a thing of mine for sale, or sponsorships still open, with its price', () => {
  testRule(salesPitchRule, {
    valid: [
      'Your bake sale selling lemon bars raised £250 for the lifeboat crew. Thank you!',
      'Our club paid $500 for the hall last spring, so your offer of the barn saved us.',
    ],
    invalid: [
      { text: 'Spring tidy-up: selling my kayak and paddle, $400 OBO if your kids want one.', errors: [{ rule: 'sales-pitch', words: '400' }] },
      {
        text: 'The school gala still has three table sponsorships open at $750. Would be great to see your logo there.',
        errors: [{ rule: 'sales-pitch', words: 'sponsorships open' }, { rule: 'sales-pitch', words: '750' }],
      },
    ],
  });
});

describe('someone who came to us with a problem, fixed, then turned on the reader', () => {
  testRule(salesPitchRule, {
    valid: [
      'A neighbour came to us with a flooded cellar in March. We pumped it out in 2 hours and stayed for tea. Hope your move went well!',
    ],
    invalid: [
      {
        text: 'Last spring a bakery chain came to us with a problem, their packaging supplier had folded. We switched them to our mill in 3 weeks. I think your situation may be similar.',
        errors: [{ rule: 'sales-pitch', words: 'a bakery chain came to us with a problem, their packaging supplier had folded. We switched them to our mill in 3 weeks. I think your situation may be similar' }],
      },
    ],
  });
});

describe('a thing handed over free, and how to get it if they want it', () => {
  testRule(askBeforeGive, {
    valid: ['We closed the old print room and kept 30 boxes of card stock. Your art club can have them free. Send me the address if you want them.'],
    invalid: [
      { text: 'We run a free audit for schools this term. Send me your email if you want one.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
    ],
  });
});

describe('a link of ours, with "not a recruiting thing" said just before it', () => {
  testRule(linkPush, {
    valid: ['Thanks for the tour. The slides you asked for are here: https://riverside-branch.org/slides/first-aid.pdf'],
    invalid: [
      {
        text: 'Our branch runs a free first-aid refresher on the 9th, open to anyone, not a recruiting thing. Details: https://riverside-branch.org/events/first-aid',
        errors: [{ rule: 'link-push', severity: 'warning', words: 'https://riverside-branch.org/events/first-aid' }],
      },
      {
        text: 'Our branch runs a first-aid refresher on the 9th, open to anyone. Details: https://riverside-branch.org/events/first-aid',
        errors: [{ rule: 'link-push', severity: 'error', words: 'https://riverside-branch.org/events/first-aid' }],
      },
      {
        text: 'Our agency helps clinics get 40% more bookings. The next session is open to anyone, not a recruiting thing: https://grow-now.example.com/session',
        errors: [{ rule: 'link-push', severity: 'error', words: 'https://grow-now.example.com/session' }],
      },
    ],
  });
});

describe('a thing of ours, its price said', () => {
  testRule(salesPitchRule, {
    valid: ['Your guide is $12 well spent, it got me through the exam. Thank you for writing it.'],
    invalid: [{ text: 'Our growth course is $99 this week.', errors: [{ rule: 'sales-pitch', words: '99' }] }],
  });
});

describe('what the ask is for, said instead of the ask', () => {
  testRule(askBeforeGive, {
    valid: ['Your reviews helped me pick a tent for the Cairngorms. Thank you for taking the time to write them.'],
    invalid: [
      { text: 'My first novel is out this week. Reviews help new writers more than you would think.', errors: [{ rule: 'ask-before-give', words: 'Reviews help' }] },
      { text: 'The shelter needs a new boiler before winter. Every share counts!', errors: [{ rule: 'ask-before-give', words: 'Every share counts' }] },
    ],
  });
});

describe('a page that collects money, handed over as if it were a gift', () => {
  testRule(linkPush, {
    valid: ['Here are the photos from your retirement lunch, as promised: https://photos.example.org/albums/retirement-lunch'],
    invalid: [
      {
        text: 'The youth club lost its minibus this month. Here is the page: https://www.gofundme.com/f/youth-club-minibus',
        errors: [{ rule: 'link-push', words: 'https://www.gofundme.com/f/youth-club-minibus' }],
      },
    ],
  });
});

describe('a parcel, not a package sold; my catalogue, sold', () => {
  testRule(salesPitchRule, {
    valid: ['The package is delivered, the courier says. Tell me if a plate arrived broken and I will send another, free of course.'],
    invalid: [
      { text: 'The sponsor package is £2,000 and includes your logo on our shirts.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Hello again, did you have a chance to look at my catalogue?', errors: [{ rule: 'sales-pitch', words: 'my catalogue' }] },
    ],
  });
});

describe('help given free is no service described', () => {
  testRule(salesPitchRule, {
    valid: ['If the lorry gets held at the border again, ring me on 0161 555 0199, I help for free, it is just a favour.'],
    invalid: [{ text: 'I help for free for the first month, then it is $200 a month.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('a treat offered to repay what they did', () => {
  testRule(askBeforeGive, {
    valid: ['Would you let me buy you a coffee sometime? You changed my flat tyre on the ring road in May and I never said thanks. I owe you one.'],
    invalid: [
      { text: 'Can I buy you a coffee and pick your brain about your move into product?', errors: [{ rule: 'ask-before-give' }, { rule: 'ask-before-give' }] },
    ],
  });
});

describe("a customer's choice, told to the next one", () => {
  testRule(salesPitchRule, {
    valid: ['You picked our stall at the craft fair for your daughter’s first pottery class. She was a natural!'],
    invalid: [
      {
        text: 'Last year a bakery in Lyon chose our ovens for all 6 shops. Your bakeries in Nantes have the same feel, I think.',
        errors: [{ rule: 'sales-pitch', words: 'chose our' }],
      },
    ],
  });
});

describe('a thing of mine offered as a question', () => {
  testRule(offersValueRule, {
    valid: ['Would you want to grab a coffee so I can tell you about our services?'],
    invalid: [
      {
        text: 'Would you want my old bass amp? Bought it in 2019 and it sits in the loft. Say the word and I’ll drive it over.',
        errors: [{ rule: 'offers-value', words: 'Would you want my' }, { rule: 'offers-value', words: 'Say the word and I’ll' }],
      },
    ],
  });
});

describe('a gathering others hold, the reader welcome to join', () => {
  testRule(askBeforeGive, {
    valid: ['The old crew guys are having a call Friday night for Sam’s birthday. Come if you can, even just to listen.'],
    invalid: [{ text: 'We are hosting a call on Friday for founders in fintech. Can you make it?', errors: [{ rule: 'ask-before-give', words: 'a call' }] }],
  });
  testRule(linkPush, {
    valid: ['The old crew guys are having a call Friday night for Sam’s birthday. Link if you want it: https://meet.example.org/sam-birthday'],
    invalid: [{ text: 'The old crew guys are having a call Friday night. Join here: https://meet.example.org/sam-birthday', errors: [{ rule: 'link-push', words: 'Join here' }, { rule: 'link-push', words: 'https://meet.example.org/sam-birthday' }] }],
  });
});

describe('a question that wants no answer', () => {
  testRule(askBeforeGive, {
    valid: ['You said no to me kindly after a panel interview in 2014 and explained why. Would you believe I now teach interview training at my company with your method?'],
    invalid: [{ text: 'Would you share what your team budgets for training this year?', errors: [{ rule: 'ask-before-give' }] }],
  });
});
