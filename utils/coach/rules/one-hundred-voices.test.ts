import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { sharedContextRule } from './shared-context';
import { genuineQuestion } from './genuine-question';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Session 35 (issue 12), from the first reads of rounds 100 to 104 (and round 98's f98a, read in
// session 34). Each case below names the note it came from; the shapes are in our words.
// Round 100's forex trader: "Would love to tell you what I do sometime too" was praised as something
// shared, because the writer's own "I" counted as the name a "too" sentence needs.

describe('"I" is not the name that makes a "too" sentence shared', () => {
  testRule(sharedContextRule, {
    valid: [
      'Congrats on the new job. Maybe one day you can hear what I sell too.',
      "Nice post. I'd like to show you what I'm building too.",
    ],
    invalid: [
      { text: 'Saw you coach the under-tens at Riverside too!', errors: [{ rule: 'shared-context', words: 'Saw you coach the under-tens at Riverside too' }] },
    ],
  });
});

// Round 101's Coast Guard chief: a free "spare youth Type II life jacket" was an ask before any give,
// "Type II" read as "type YES", a keyword to send back.
describe('"type" is a kind of thing, not a keyword to send back; "reply YES" still is', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your dad mentioned the boat. I have a spare Type II life jacket that fits a kid, free, it is yours.',
      'My uncle manages his Type II diabetes with the same app you built. Thank you for it.',
    ],
    invalid: [{ text: 'Loved your post on hiring. Reply YES below and I will send you the playbook.', errors: [{ rule: 'ask-before-give' }] }],
  });
});

// Round 102's fuels contractor closed on "Would like to get on your bid list", a place on their books
// asked for as vendor lists are.
describe('a place on their bid list is asked for, as on their vendor list', () => {
  testRule(askBeforeGive, {
    valid: ['Lost the Route 9 bid to your crew fair and square. Congrats, that pour was clean.'],
    invalid: [{ text: 'We grade lots and pour pads across the valley. Would like to get on your bid list for spring.', errors: [{ rule: 'ask-before-give', words: 'your bid list' }] }],
  });
});

// Round 98's first sergeant (read in session 34, kept out of the corpus for it until this mend): "Would you give him a
// 20 min interview? Not me. Him." was a transaction. An ask whose object is someone the note speaks
// of is for them, as "a call with her" already was; the writer's own door ("introduce me to her") is not.
describe('an ask for someone the note speaks of weighs less than an ask for the writer', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'My corporal, Dee Alvarado, ran our motor pool for six years and never lost a truck. Would you give him a 20 minute interview?',
        errors: [{ rule: 'ask-before-give', words: 'Would you give', severity: 'warning' }],
      },
      {
        text: 'I run sales at a staffing firm. Would you introduce me to her and share her email?',
        errors: [{ rule: 'ask-before-give', severity: 'error' }],
      },
    ],
  });
});

// Round 102's timeshare-exit rep: a free guide unlocked by "just book your 15 minute exit call" was
// praised for "your 15", as if the figure were theirs. What a seller books for them is the seller's.
describe('what the note books for them is not a detail of theirs', () => {
  testRule(specificDetail, {
    valid: ['A free checklist is yours: just book your 15 minute review call at the link below.', 'Schedule your 2024 policy check before Friday.'],
    invalid: [{ text: 'Your 15 minute walkthrough at the 2024 meetup still helps me every week.', errors: [{ rule: 'specific-detail' }] }],
  });
});

// Round 103's cash-advance broker praised a food truck's tacos, then "we fund in 24 hrs, no credit
// check": a lender's bait, and nothing in the note said so.
describe('"no credit check" is a lender\'s bait', () => {
  testRule(salesPitchRule, {
    valid: ['The landlord ran a credit check on me too and I still got the flat. You will be fine, I promise.'],
    invalid: [{ text: 'Your food truck looks great! Need cash for a second one? Approval today, no credit check.', errors: [{ rule: 'sales-pitch', words: 'no credit check' }] }],
  });
});

// Round 104's drone-spraying rep: "how many acres of corn you running this year and who's doing your
// fungicide pass? Just curious." was praised as curiosity. Acres are what such a seller counts.
describe('counting their acres sizes a prospect', () => {
  testRule(genuineQuestion, {
    valid: ['Quick one, Dale: how many acres of beans you running this year, and who sprays for you?'],
    invalid: [{ text: 'How did your family decide to plant rye as a cover crop after the 1993 flood?', errors: [{ rule: 'genuine-question' }] }],
  });
});
