import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { falseUrgency } from './false-urgency';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { salesPitchRule } from './sales-pitch';

// Session 42 (issue 12). Each case names what it came from; the shapes are in our words.

// Round 132's football coach, typing on his phone: "Mahalo for the ride home from the fundraiser",
// "fa'afetai for coming to the game". Thanks in the writer's first language was read only in the
// languages the coach had met before, and "thnx for" not at all.
describe('thanks in other words, and typed on a phone', () => {
  testRule(offersValueRule, {
    valid: ['mahalo for connecting', 'thnx for accepting'],
    invalid: [
      { text: 'Mahalo for the lift to the airport on Sunday, Keoni.', errors: [{ rule: 'offers-value' }] },
      { text: "fa'afetai for staying late to fix the scoreboard", errors: [{ rule: 'offers-value' }] },
      { text: 'miigwech for bringing the drum to the honoring', errors: [{ rule: 'offers-value' }] },
      { text: 'thnx for the jackets, the kids wore them all week', errors: [{ rule: 'offers-value' }] },
    ],
  });
});

// Round 132's coach to a player's mother: "camp price is $150 but dont let that stop him. i already
// talked to the booster club, its covered." The price was read as the writer's, a pitch; the next
// sentence takes it off her.
describe('a price told and then paid for them', () => {
  testRule(salesPitchRule, {
    valid: [
      'the clinic price is $90, but dont worry about it. the legion post voted on it, its covered.',
      'The ticket price is $40. If money is tight, it is already paid for, just tell me who.',
    ],
    invalid: [
      { text: 'The price is $300 for the kit. It is taken care of for the first month, then billed monthly.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'The price is $49 a month. It is covered by our plan for the first two weeks.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });

  test('the note that pays it reads as no pitch', () => {
    const note = analyze({
      text: 'hey mrs fa, the tournament price is $120 but dont let that stop kai. i talked to the booster club, its covered. just need the waiver signed.',
    });
    expect(note.findings.map((finding) => finding.rule)).not.toContain('sales-pitch');
  });
});

// Round 133's wellness seller, writing to a worried mother as a friend: "here's the link I mentioned
// … you don't have to sign up for anything to read it". What the reader need not do was read as
// asked of her, an error on a kindness.
describe('what they do not have to do is not asked', () => {
  testRule(askBeforeGive, {
    valid: ["Here's the families page I mentioned. You don't have to sign up for anything to read it."],
    invalid: [{ text: 'You have to sign up for the webinar to get the discount.', errors: [{ rule: 'ask-before-give', words: 'sign up for' }] }],
  });
});

// Round 133's sellers: "Reorder through my link and use CALMVET for free postage"; an enrolment
// form to "sign and send back by Friday to lock in the fee waiver".
describe("a reorder through the seller's link, and a term locked in", () => {
  testRule(linkPush, {
    valid: ['The link you sent me worked, thank you.'],
    invalid: [{ text: 'Time to stock up again? Order through my link and the postage is free.', errors: [{ rule: 'link-push', words: 'through my link' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['The gate code is 4471, and the door locks in the evening.'],
    invalid: [{ text: 'Sign page 3 and send it back by Friday to lock in the reduced fee.', errors: [{ rule: 'sales-pitch', words: 'to lock in' }] }],
  });
});

// Round 134's car salesman to service leavers: "the forces offer ends Friday", "every mate you refer
// who finishes probation = $500 in your pocket", "would you mind if I left a few business cards by
// the tea urn?". And its ranger: "esso for pushing the boat ramp repairs through" (thanks in Torres
// Strait Creole).
describe("a seller's clock, bounty and cards; thanks in the ranger's words", () => {
  testRule(falseUrgency, {
    valid: ['The offer of a lift still stands whenever you need it.'],
    invalid: [{ text: 'Just so you know, our spring offer ends Sunday.', errors: [{ rule: 'false-urgency', words: 'offer ends' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['Every mate you helped at the ramp asked after you.', 'I kept your business cards from the old depot, want them back?'],
    invalid: [
      { text: 'Every colleague you refer who starts with us earns you $300.', errors: [{ rule: 'sales-pitch', words: 'Every colleague you refer' }] },
      { text: 'Mind if I leave a few business cards at the front desk?', errors: [{ rule: 'sales-pitch', words: 'few business cards' }] },
    ],
  });
  testRule(offersValueRule, {
    valid: ['esso for connecting'],
    invalid: [{ text: 'Esso for towing the dinghy back on Sunday.', errors: [{ rule: 'offers-value' }] }],
  });
});

// Round 135's sapper: "Gracias, Jorge. Knew you'd pass. Beer is on me Friday." A round bought was read
// only as coffee, lunch or drinks. And his wife, giving the legion "the folding tables left over from
// my office move": the tables left over were read as the scarcity of a seller's last three tables.
describe('a beer bought, and tables left over', () => {
  testRule(offersValueRule, {
    valid: ['The beer is on tap at the legion now.'],
    invalid: [{ text: 'Knew you would pass. Beer is on me Friday.', errors: [{ rule: 'offers-value', words: 'Beer is on me' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['We have eight folding tables left over from the office move, free to the post.'],
    invalid: [{ text: 'Only three tables left for the gala, want one?', errors: [{ rule: 'sales-pitch', words: 'tables left' }] }],
  });
});

// Round 135's real-estate agent: "If anyone on your team is relocating, I'm your girl for VA-friendly
// homes", "want me to send you a short list before the good ones go?".
describe("a seller's introduction and a list before the good ones go", () => {
  testRule(salesPitchRule, {
    valid: ['You were my guy for every hard question in basic, and still are.'],
    invalid: [
      { text: "Moving to Clarksville? I'm your guy for homes near the base.", errors: [{ rule: 'sales-pitch', words: "I'm your guy for" }] },
      { text: 'I can send you three listings before the good ones go.', errors: [{ rule: 'sales-pitch', words: 'before the good ones' }] },
    ],
  });
});
