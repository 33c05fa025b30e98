import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';

// Session 24 (issue 12): round 52 (a retired first sergeant who runs a food bank's veterans'
// programme, a Saigon freight coordinator; a Coast Guard veteran turned marine surveyor, an Accra
// textile designer), and round 53 (a San Antonio HVAC owner who served, a Miami medical interpreter;
// a medic turned physician assistant, a Nairobi mobile-money developer). The shapes their notes
// showed, in our own words.

describe('their number handed on to someone who needs them, and a check offered in a second language', () => {
  testRule(askBeforeGive, {
    valid: [
      'A caterer in Leeds asked me for someone who does sugar flowers and I thought of you. Can I give her your phone number, or would you rather I pass on hers?',
      'Met a tenant-rights lawyer at the clinic who wants to hear from people like you. Okay if I pass him your number?',
      'If the customs office still wants the invoice copy, you can send me the file and I check it for you tonight, no charge.',
    ],
    invalid: [
      { text: 'Great to connect. Can you give me your phone number so we can talk this week?', errors: [{ rule: 'ask-before-give', words: 'phone number' }] },
      { text: 'Send me the file and I forward it to my manager for a quote.', errors: [{ rule: 'ask-before-give', words: 'Send me' }] },
      // Their number asked for someone of mine: leave is the writer's to ask, not the reader's to grant.
      { text: 'Give him your phone number and he will call you about the franchise.', errors: [{ rule: 'ask-before-give', words: 'phone number' }] },
    ],
  });
});

describe('their name on our banner, and ten minutes in front of a board', () => {
  testRule(askBeforeGive, {
    invalid: [
      {
        text: 'Saw the second garage opened on Main St, congratulations. Would your crew want their name on our toy drive banner this year?',
        errors: [{ rule: 'ask-before-give', words: 'want their name on' }],
      },
      { text: 'Love the new brewery. Any chance you want your name on our 5K shirts?', errors: [{ rule: 'ask-before-give', words: 'want your name on' }] },
      { text: 'The kids would be thrilled to see the bakery’s logo on our jerseys this season.', errors: [{ rule: 'ask-before-give', words: 'logo on our' }] },
      { text: 'Could you get me 10 min with your purchasing lead before the budget is set?', errors: [{ rule: 'ask-before-give', words: '10 min' }] },
    ],
    valid: ["I'm 10 min from the depot if you ever need a hand with the van."],
  });
  testRule(specificDetail, {
    valid: [
      'Saw Brightwater opened the new store on Mill Rd. Congrats. Would your folks want their name on our coat drive banner?',
      // The detail is the hook when the note exists for its ask, however politely put.
      'Loved your post on night-shift handovers at St Anne’s. We built a checklist app for exactly that. I’d welcome the chance to show you.',
      'Your talk on soil carbon at the Ames field day was excellent. I am applying for the same grant and would be grateful if you could read my draft.',
      'Your apprenticeship scheme at Harrow Print is inspiring. Please can you recommend me to your studio manager for the junior designer post?',
      'Loved your post about the new cold store in Tema. With volume growing, I am curious how you handle it now?',
    ],
    invalid: [],
  });
});

describe('pieces kept back before they go public, and how they handle it now', () => {
  testRule(salesPitchRule, {
    valid: ['We launched the quilt book last week and it went public on Friday. Thank you for writing the foreword.'],
    invalid: [
      {
        text: 'You liked my post on the harvest prints, so I held three scarves back for you before they go public. Which colour suits you?',
        errors: [{ rule: 'sales-pitch', words: 'before they go public' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['You handled the handover so well. How do you handle it now that the team is remote?'],
    invalid: [
      {
        text: 'Congratulations on the expansion. With orders growing, I am curious how you handle it now?',
        errors: [{ rule: 'ask-before-give', words: 'you handle it now' }],
      },
    ],
  });
});

describe('a lead handed to them, leads to come, help any time', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      {
        text: 'A restaurant owner asked me for someone who writes menus in French and I thought of you. Could I pass her your email?',
        errors: [{ rule: 'offers-value', words: 'pass her your email' }],
      },
      {
        text: 'So sorry to hear about the layoffs at the studio. I will keep my ears open and pass on anything I hear.',
        errors: [{ rule: 'offers-value', words: 'keep my ears open' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Congrats on passing boards, Maya. Nursing to NP is a long road. If the first year gets heavy, send me a message anytime.'],
    invalid: [{ text: 'Loved the demo day. Send me a message with your budget for next year.', errors: [{ rule: 'ask-before-give', words: 'Send me a message with your' }] }],
  });
  testRule(askBeforeGive, {
    valid: ["Heard you're new to the payouts API. I wrote a small mock server for it. Link is in my profile, take whatever helps."],
    invalid: [],
  });
});

describe('a reference, their names and their eyes on the deck, asked for', () => {
  testRule(askBeforeGive, {
    valid: ["If you ever need a reference for the residency, I'm glad to be one."],
    invalid: [
      {
        text: 'You supervised my first placement in 2018 and I never forgot it. The hospital asks for a clinical reference and you were the first person I thought of.',
        errors: [{ rule: 'ask-before-give', words: 'asks for a clinical reference' }],
      },
      { text: 'Fellow Strathmore grad here! You are at Safaricom now, right? Any names I should know on the platform team?', errors: [{ rule: 'ask-before-give', words: 'names I should know' }] },
      { text: 'Your panel at the fintech week was great. We are closing our angel round and I would value your eyes on the deck.', errors: [{ rule: 'ask-before-give', words: 'eyes on the deck' }] },
    ],
  });
});

// Round 54 (a Navy corpsman who manages a dialysis clinic, a Dhaka flood engineer; an Iowa hauler who
// served in the Guard, a Montreal baker).
describe('a ride offered, a length that names a thing, a bill to be beaten as typed', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      {
        text: 'Heard you start chemo at the Riverside unit next week. I pass it every morning on my way in. If you ever need a lift, just text me.',
        errors: [{ rule: 'offers-value', words: 'If you ever need a lift' }],
      },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Your talk at the ward managers’ day stayed with me. The 10-min handover huddle idea is brilliant. Did your day shift take to it?'],
    invalid: [{ text: 'Could we grab 10 min this week to go over your fleet?', errors: [{ rule: 'ask-before-give', words: '10 min' }] }],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      {
        text: 'Congrats on the new buyer job at the elevator. Our trucks are open most of October and the rates beat what your paying now.',
        errors: [{ rule: 'sales-pitch', words: 'what your paying' }],
      },
    ],
  });
});

// Round 55 (a retired warrant officer who runs a college's aviation maintenance programme, a Warsaw UX
// designer; a Philadelphia union carpenter who runs a free tool library, a Cairo pharmacist).
describe('a posted job and its pay passed on, a promise kept, a call made on their behalf', () => {
  testRule(salesPitchRule, {
    valid: ["The lab tech job I told you about is posted now: Riverside Health, $24/hr, closes Monday. You'd be great at it."],
    invalid: [{ text: 'Our lab tech job is posted now: $24/hr, closes Monday. Apply today!', errors: [{ rule: 'sales-pitch', words: '24' }] }],
  });
  testRule(pushyFollowUp, {
    valid: ['Circling back like I said I would. The grant list I mentioned is attached, with the two that fit you marked.'],
    invalid: [{ text: 'Circling back on my proposal like I said I would. Any thoughts yet?', errors: [{ rule: 'pushy-follow-up', words: 'Circling back' }] }],
  });
  testRule(askBeforeGive, {
    valid: ['Here is the number for our registrar. If the school gives your son any trouble with the transfer, let me know and I will make a call for him.'],
    invalid: [],
  });
});

describe('whose desk, their surplus and seats, their clicks, their eyes on my resume', () => {
  testRule(askBeforeGive, {
    invalid: [
      { text: 'Saw you run the estates team at the university. Big job. Whose desk would a proposal like ours land on?', errors: [{ rule: 'ask-before-give', words: 'Whose desk' }] },
      { text: 'Your garage does great work on diesels. If an old engine ever heads for scrap, I hope you would think of us first.', errors: [{ rule: 'ask-before-give', words: 'think of us first' }] },
      {
        text: 'Congratulations on the plant manager role. I would be grateful to know how many apprenticeships might be set aside for our students.',
        errors: [{ rule: 'ask-before-give', words: 'set aside for our' }],
      },
      { text: 'Follow the Riverside Makers page! Likes help us win the council grant.', errors: [{ rule: 'ask-before-give', words: 'Likes help us' }] },
      { text: 'Thanks for the add. You are hiring at Mercer now, right? Got a resume I would love your eyes on.', errors: [{ rule: 'ask-before-give', words: 'love your eyes on' }] },
    ],
    valid: [],
  });
});

// Round 56 (a retired sergeant major who mentors in a veterans' court, a Manila virtual-assistant agency;
// a school resource officer who runs a boxing club, a Lisbon dental-software founder).
describe('our gift, a distance, a round closed, and asks said as a fit, a name, a help to us', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your flood relief drive for the valley is amazing. Our crew wants to donate a few pallets of water, where can we drop them?',
      'Saw your post about your dad’s fall. I’m 10 min from you in Westfield, if you need groceries picked up, message me.',
    ],
    invalid: [
      { text: 'Your comment on claims was so true. If you ever know a practice owner who is tired of it, I would be very grateful for a name.', errors: [{ rule: 'ask-before-give', words: 'grateful for a name' }] },
      {
        text: 'Your article on school policing was spot on. I am finishing a handbook on it and you would be the perfect person to write a short foreword.',
        errors: [{ rule: 'ask-before-give', words: 'the perfect person to' }],
      },
      { text: 'Congrats on the third clinic! We are building for exactly this moment, and your view would help us a lot.', errors: [{ rule: 'ask-before-give', words: 'would help us a lot' }] },
      { text: 'Your crew builds ramps for the church, so you know the need. Who at your shop would I talk to about a donated one?', errors: [{ rule: 'ask-before-give', words: 'Who at your' }] },
      { text: 'Saw your post about drowning in emails. Have you ever thought of having someone clear your inbox overnight?', errors: [{ rule: 'ask-before-give', words: 'thought of having someone' }] },
      { text: 'Our food bank is short on tins. Would your store like to donate a few cases?', errors: [{ rule: 'ask-before-give', words: 'to donate' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['You reviewed my first deck three years ago and told me to talk to fifty dentists first. I did. Today we closed our seed round. Thank you.'],
    invalid: [{ text: 'We are opening our seed round to a few angels this month. Want the deck?', errors: [{ rule: 'sales-pitch', words: 'our seed round' }] }],
  });
});

describe('my business full, a friend’s passed on', () => {
  testRule(salesPitchRule, {
    valid: ["Saw you're looking for a bookkeeper. Honestly my agency is full until January, but my friend Rosa runs a small team and she's very reliable. Tell her I sent you."],
    invalid: [{ text: 'My agency is ready to take on your books this month.', errors: [{ rule: 'sales-pitch', words: 'My agency' }] }],
  });
});
