import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { genericFlatteryRule as genericFlattery } from './generic-flattery';
import { massNetworkingRule as massNetworking } from './mass-networking';
import { nothingSpecific } from './nothing-specific';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Shapes found by writing notes in voices the corpus did not have (fundraisers, estate agents,
// coaches selling sessions, investors, freelance designers, nurses and teachers; issue 12, session 5)
// and measuring the coach on them before changing it. Written in our own words.

describe('an open door is an offer, not a request for their time', () => {
  testRule(askBeforeGive, {
    valid: [
      'If you ever want to talk through the move to nights, my calendar is open.',
      'Should the grant report get hairy, my door is always open, no strings.',
    ],
    invalid: [
      {
        text: 'Pick any slot on my calendar for a 20-minute intro.',
        errors: [{ rule: 'ask-before-give', words: 'my calendar' }],
      },
    ],
  });
  testRule(offersValueRule, {
    valid: ['My calendar is full this month, sadly.'],
    invalid: [
      {
        text: 'If you ever need a sounding board for the clinic rota, shout.',
        errors: [{ rule: 'offers-value', words: 'a sounding board' }],
      },
    ],
  });
  testRule(nothingSpecific, {
    // Still nothing of theirs, but a note that only gives is nudged gently, not warned.
    valid: [],
    invalid: [
      {
        text: 'Whenever you want a second opinion, my inbox is always open.',
        errors: [{ rule: 'nothing-specific' }],
      },
    ],
  });
  test('a note that only offers, asking and selling nothing, reads as a relationship', () => {
    const analysis = analyze({ text: 'Whenever you want a second opinion, my inbox is always open.' });
    expect(analysis.findings.find((f) => f.rule === 'nothing-specific')?.severity).toBe('info');
    expect(analysis.verdict).toBe('relational');
  });
  test('an offer beside a pitch earns no such relief', () => {
    const analysis = analyze({ text: "Happy to help anytime. Try our rota app, it's free for a month." });
    expect(analysis.verdict).not.toBe('relational');
  });
});

describe('"happy to connect" is no gift', () => {
  testRule(offersValueRule, {
    valid: ["I'd be happy to connect with you.", 'Would be glad to connect, Hamid.'],
    invalid: [
      {
        text: "I'd be happy to forward the rota template.",
        errors: [{ rule: 'offers-value', words: "I'd be happy to" }],
      },
    ],
  });
});

describe('where they work is not what they did', () => {
  testRule(specificDetail, {
    valid: ['Hi Bea, your work at Unilever is really inspiring.', 'Your project at Siemens sounds amazing!'],
    invalid: [
      {
        text: 'Your work at Unilever on refill stations is inspiring.',
        errors: [{ rule: 'specific-detail', words: 'Your work' }],
      },
      {
        text: 'Your talk at the Leeds meetup was great.',
        errors: [{ rule: 'specific-detail', words: 'Your talk' }],
      },
    ],
  });
  testRule(massNetworking, {
    valid: ['Happy to share the insights from our ward trial if useful.'],
    invalid: [
      {
        text: "Let's connect and share insights!",
        errors: [{ rule: 'mass-networking', words: 'connect and share insights' }],
      },
    ],
  });
});

describe('a move in their career is a detail of theirs', () => {
  testRule(specificDetail, {
    valid: ["If you're moving to a new role, let me know!", 'Are you moving into management?'],
    invalid: [
      {
        text: "I saw you're switching from nursing into health informatics.",
        errors: [{ rule: 'specific-detail', words: "you're switching from nursing" }],
      },
      {
        text: 'Noticed you are heading back to teaching this autumn.',
        errors: [{ rule: 'specific-detail', words: 'you are heading back to' }],
      },
    ],
  });
  test('the detail alone, with good wishes, reads as a relationship', () => {
    const text =
      "Hi Dev, I saw you're moving from classroom teaching into school leadership. I did the same last year; the first term is a lot. Wishing you well!";
    expect(analyze({ text }).verdict).toBe('relational');
  });
});

describe('sellers of sessions, listings and sponsorships', () => {
  testRule(salesPitchRule, {
    valid: ['The volunteer spots at the shelter filled quickly last winter.'],
    invalid: [
      {
        text: 'Places on my spring cohort are filling fast.',
        errors: [{ rule: 'sales-pitch', words: 'filling fast' }],
      },
      { text: 'Reply yes and the brochure is yours.', errors: [{ rule: 'sales-pitch', words: 'Reply yes' }] },
      {
        text: 'I have a two-bed flat that might be perfect for you.',
        errors: [{ rule: 'sales-pitch', words: 'might be perfect for you' }],
      },
      { text: 'Want to try our booking tool?', errors: [{ rule: 'sales-pitch', words: 'try our' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Your study on night-shift sleep was eye-opening.'],
    invalid: [
      {
        text: 'Are you currently renting or do you own?',
        errors: [{ rule: 'ask-before-give', words: 'Are you currently' }],
      },
    ],
  });
  testRule(genericFlattery, {
    valid: ['Partners like the food bank make our winter work possible.'],
    invalid: [
      {
        text: "We're always looking for partners like you.",
        errors: [{ rule: 'generic-flattery', words: 'partners like you' }],
      },
    ],
  });
});
