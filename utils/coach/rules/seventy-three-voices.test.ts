import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { pushyFollowUp } from './pushy-follow-up';

// Session 27 (issue 12): rounds 73 to 75 (a Navajo IT teacher with a free laptop program, a Hanoi
// outsourcing developer; a tanker pilot who mentors, a Curitiba broker; a food-truck cook, a Pune edtech
// seller; a corpsman turned nursing professor, a Munich founder; a first sergeant who types in capitals,
// a Dubai car dealer; an Honor Flight coordinator, a Singapore recruiter; a union electrician, a
// Johannesburg broker; a county veterans service officer, a Toronto account executive; a band director,
// a Kraków developer; a nurse-midwife in Alaska, a Mumbai studio; a pastor with a pantry, a Miami web3
// manager; a Seabee who builds houses, a London PR director). The shapes of their notes, in our words.

describe('minutes that measure a job, not time asked for', () => {
  testRule(askBeforeGive, {
    valid: [
      'Happy first year in the house! If that back gate sticks again just tell me, it is a 10 min fix.',
      'The shop is a 15 min drive from your office if you ever want to borrow the tile saw.',
    ],
    invalid: [
      { text: 'Could you spare 10 min this week? I would like to show you how we fix funnels.', errors: [{ rule: 'ask-before-give', words: '10 min' }] },
      { text: 'Loved your post on hiring. Do you have 15 mins on Thursday?', errors: [{ rule: 'ask-before-give', words: '15 mins' }] },
    ],
  });
});

describe('an introduction offered, and the reply that says yes to it', () => {
  const offered = 'We are not the right firm for this, but my old colleague Ines is. Shall I send her an intro email? Just reply yes and I’ll do it this afternoon.';
  testRule(askBeforeGive, {
    valid: [
      'Ines at Harbour Search knows this market far better than we do. Shall I send her an intro email?',
      'Ines is the person for this. Just reply yes and I’ll do it today.',
      offered,
    ],
    invalid: [
      { text: 'Loved your panel. Could I get an intro to your head of sales?', errors: [{ rule: 'ask-before-give', words: 'an intro to your' }] },
      { text: 'We help fleets cut fuel costs. Just reply yes and we can set up a call.', errors: [{ rule: 'ask-before-give', words: 'Just reply' }, { rule: 'ask-before-give', words: 'set up a call' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Ines is the person for this. Just reply yes and I’ll do it today.'],
    invalid: [{ text: 'Our platform cuts onboarding time in half. Reply yes and I’ll send the details.', errors: [{ rule: 'sales-pitch', words: 'Our platform' }, { rule: 'sales-pitch', words: 'Reply yes' }] }],
  });
});

describe('a check-in that says why, then asks after them', () => {
  testRule(pushyFollowUp, {
    valid: [
      'Hi Teo, just checking in, it has been three months since you moved into the new place. How is the heating holding up?',
      'Just checking in, not for anyone and with nothing to sign. How are you settling in with the new crew?',
    ],
    invalid: [
      { text: 'Just checking in, did you see my email? How about Thursday?', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] },
      { text: 'Just checking in, it has been a week since my proposal. How does Friday look?', errors: [{ rule: 'pushy-follow-up', words: 'Just checking in' }] },
    ],
  });
});

describe('an RSVP for something free, in a note that sells nothing', () => {
  testRule(askBeforeGive, {
    valid: ['Saturday is our pop-up at the rec center: diapers, wipes and formula, all free. Supply is short, so families should RSVP by Thursday noon.'],
    invalid: [
      {
        text: 'Our free webinar shows how our platform doubles agency revenue. Seats are limited, RSVP by Monday.',
        errors: [{ rule: 'ask-before-give', words: 'RSVP' }],
      },
    ],
  });
});

describe('two days offered to choose from', () => {
  testRule(askBeforeGive, {
    valid: ['We host a free pancake breakfast for veterans and their families every month. Is Saturday or Sunday better for yours?'],
    invalid: [
      {
        text: 'Welcome home from the fellowship! Would Saturday or Sunday be better for you to see the show flat?',
        errors: [{ rule: 'ask-before-give', words: 'Would Saturday or Sunday be better for you to see the show flat' }],
      },
    ],
  });
});

describe('help at no cost, with nothing owed for it', () => {
  testRule(salesPitchRule, {
    valid: ['Welcome to the county office. When a claim has a deadline that worries you, send me the file; we will take it at no cost to the veteran, and you will not owe us a thing.'],
    invalid: [
      {
        text: 'Our team runs a cash-flow audit at no cost for new clients this month. Book a slot this week.',
        errors: [{ rule: 'sales-pitch', words: 'no cost' }],
      },
    ],
  });
});

describe('an endorsement and a job asked for sideways', () => {
  testRule(askBeforeGive, {
    valid: ['Thank you for the kind words on my post about the spring concert. The seniors read every one.'],
    invalid: [
      {
        text: 'Congratulations on the new post at the district. If you have a minute, could you put a kind word on my profile under coaching?',
        errors: [{ rule: 'ask-before-give', words: 'a kind word on my' }],
      },
      { text: 'Saw your firm won the hospital contract. I have ten years of Navy construction. Who’s doing the hiring on that?', errors: [{ rule: 'ask-before-give', words: 'Who’s doing the hiring' }] },
    ],
  });
});
