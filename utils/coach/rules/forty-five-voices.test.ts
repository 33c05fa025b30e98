import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { jobSeekingRule } from './job-seeking';
import { falseUrgency } from './false-urgency';
import { specificDetail } from './specific-detail';
import { pushyFollowUp } from './pushy-follow-up';

// Session 22 (issue 12): the check set session 21 left unread (a Manila night nurse who also sells
// skincare, writing Taglish; a retired Air Force officer who runs a veterans' job fair), read at
// last, and the round written for this session. The shapes their notes showed, in our own words.

describe('thanks passed on, and a reply that lets the writer keep a gift for them, ask nothing', () => {
  testRule(askBeforeGive, {
    valid: [
      'Four of the apprentices your crew trained on the substation job passed their tickets. Please pass my thanks to the crew.',
      'Good to see the clinic open again. Do forward my congratulations to your night staff, they earned it.',
      'I have a spare seat for the harbour dinner on Thursday, my partner is away. It is free and it is yours if you want it. Just reply so I can hold it for you.',
    ],
    invalid: [
      { text: 'Loved your talk on cold storage. Could you pass my CV to your hiring manager?', errors: [{ rule: 'ask-before-give' }] },
      {
        text: 'Saw the new depot going up on Route 9. Our club is out on the road every weekend, and your logo would look great on the back of our jerseys.',
        errors: [{ rule: 'ask-before-give', words: 'your logo would' }],
      },
    ],
  });
});

describe('nothing to join beside a free workshop; a secret remedy sent by private message', () => {
  testRule(salesPitchRule, {
    valid: [
      'Good meeting you at the transition class. The library runs a free interview workshop on Saturday at 9, second floor. No sign-up, no cost. Bring one job ad you like.',
    ],
    invalid: [
      {
        text: 'Saw your post about the back pain after a double shift, been there! Something finally fixed mine, dm me if you want to try it.',
        errors: [{ rule: 'sales-pitch', words: 'dm me if you want to try' }],
      },
    ],
  });
});

describe('help offered if it would help them, a day they need not book, and an opening passed on', () => {
  testRule(askBeforeGive, {
    valid: [
      'Congratulations on the county grant! If a call with our grant writers would ever help you plan the spending, my calendar is yours. Today is just for celebrating.',
      'The aptitude exam is Saturday at 9 in the union hall. She doesn’t need to RSVP to anyone, just bring photo ID.',
    ],
    invalid: [
      {
        text: 'Our lab built a leak-check app that works offline in the field. Would your crew test it for a month?',
        errors: [{ rule: 'ask-before-give', words: 'test it for' }],
      },
      {
        text: 'Gorgeous barn conversion on your feed! Do you keep a preferred caterer list for the weddings there?',
        errors: [{ rule: 'ask-before-give', words: 'a preferred caterer list' }],
      },
      {
        text: 'Quick one, has the office got a caterer sorted for the summer barbecue yet?',
        errors: [{ rule: 'ask-before-give', words: 'got a caterer sorted' }],
      },
      {
        text: 'Big respect for the crew you have built. Ever wondered what a union contract would look like for you?',
        errors: [{ rule: 'ask-before-give', words: 'would look like for you' }],
      },
      {
        text: 'Congrats on winning the depot job. You will need riggers, and our crews are free from March. 30 min next week to go over it?',
        errors: [{ rule: 'ask-before-give', words: '30 min next week' }],
      },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['I have two apprentices whose contractor just laid off, both free to start Monday. Want their numbers?'],
    invalid: [],
  });
  testRule(salesPitchRule, {
    valid: [
      'Heard you are short of pipe fitters for the refinery job. I know two good ones, want their names? No cost, that’s what the training centre is for.',
    ],
    invalid: [],
  });
});

describe('free places that always go quick press', () => {
  testRule(falseUrgency, {
    valid: [],
    invalid: [
      {
        text: 'I am running a few free headshot sessions at the allotment in May, no catch. Want one? They always go quick!',
        errors: [{ rule: 'false-urgency', words: 'go quick' }],
      },
    ],
  });
});

describe('words any reader has, and what a pitch pictures, are no detail', () => {
  testRule(specificDetail, {
    valid: [
      'Free lunch and learn for your HR team on the new leave rules! We bring the sandwiches.',
      'We are offering free eye tests to every employee. We only need your OK and a list of names.',
      'Congratulations on the new depot. That is good work for this town. Our drivers could help you staff it.',
      'Our feed sinks slower than anything on the market. Your salmon would notice the difference.',
      'Loved your post about restoring the old chapel at Dunmore, what a space! Do you have a preferred florist list yet?',
    ],
    invalid: [
      {
        text: 'Your salmon farm in Lofoten looked so calm in the drone shot, what a place to work.',
        errors: [{ rule: 'specific-detail' }],
      },
    ],
  });
});

describe('a product we made, and a change asked of their work', () => {
  testRule(salesPitchRule, {
    valid: ['We made a birthday card for Ms. Ortiz, the whole ward signed it. Thought you would like to see it.'],
    invalid: [
      {
        text: 'Great write-up on your hatchery. We made a water-quality app that runs offline on the pontoon.',
        errors: [{ rule: 'sales-pitch', words: 'We made a water-quality app' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Hi, please add Postgres support to your parser, our team needs it for the audit.',
        errors: [{ rule: 'ask-before-give', words: 'please add' }],
      },
    ],
  });
});

describe('checking in on their child', () => {
  testRule(pushyFollowUp, {
    valid: ['hey, just checking in, how’s Amir’s wrist?? saw him wince after the match on Sunday. tell him to rest up'],
    invalid: [],
  });
});

describe('customers sent my way, a tasting brought round, and their supplier sized up (check set f46a, read)', () => {
  testRule(askBeforeGive, {
    valid: [
      'I got the job! The head said your reference letter was the best she had read in years. Thank you, truly.',
      'Congrats on the new post at the youth trust, they got the right person. Those kids are lucky.',
    ],
    invalid: [
      {
        text: 'Lovely to see your practice taking on new families. Plenty of them will need a childminder, so when you meet them, send them my way.',
        errors: [{ rule: 'ask-before-give', words: 'send them my way' }],
      },
      {
        text: 'Thanks for connecting! Roughly how many covers do you do on a Saturday?',
        errors: [{ rule: 'ask-before-give', words: 'how many covers' }],
      },
      {
        text: 'Congrats on the quarry expansion. Who is running procurement these days? Would be good to get in front of them.',
        errors: [{ rule: 'ask-before-give', words: 'get in front of them' }],
      },
      {
        text: 'Thanks for the accept. Roughly when does that haulage contract come up for renewal?',
        errors: [{ rule: 'ask-before-give', words: 'contract come up' }],
      },
    ],
  });
  testRule(salesPitchRule, {
    valid: [
      'Your uncle can appeal the decision. Any legal aid clinic in the county will help him at no cost, it doesn’t have to be us. The form is on their site.',
    ],
    invalid: [
      {
        text: 'Your new lunch menu looks lovely, but the cakes look shop-bought, sorry! We are five minutes away. Shall I bring you a tasting box on Friday?',
        errors: [{ rule: 'sales-pitch', words: 'a tasting box' }],
      },
    ],
  });
});

describe('a wish is no memory', () => {
  testRule(specificDetail, {
    valid: [
      'Sorry to hear the mill closed, hope you’ve landed somewhere decent.',
    ],
    invalid: [{ text: 'Sorry to hear the mill closed. You ran that floor better than anyone.', errors: [{ rule: 'specific-detail' }] }],
  });
});

describe('a profile word framed as read off the profile is the template filled in', () => {
  testRule(specificDetail, {
    valid: [
      { text: 'Hi Omar, I see you are a surveyor in Leeds. We do drone mapping for surveyors, let us connect.', recipient: { headline: 'Land Surveyor, Leeds' } },
      { text: 'Your passion for coastal ecology shines through your profile. I would love to connect.', recipient: { headline: 'Coastal Ecology Lead' } },
      { text: 'Hi Dana, looking to connect with estates managers at Northfield.', recipient: { headline: 'Estates Manager', company: 'Northfield Trust' } },
    ],
    invalid: [
      {
        text: 'Your coastal ecology survey of the Humber saltmarsh was a joy to read.',
        recipient: { headline: 'Coastal Ecology Lead' },
        errors: [{ rule: 'specific-detail' }],
      },
    ],
  });
});
