import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { falseUrgency } from './false-urgency';
import { genuineQuestion } from './genuine-question';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';

// Session 40 (issue 12). Each case names what it came from; the shapes are in our words.

// Round 124's marine-electronics rep: "you can finance electronics too. We've got 0% for 12 months on
// approved credit", "the pricing I quoted you goes up April 1, so now's the time to lock it in", "3
// bundles left at last year's pricing through Friday". A lender's terms, a price held and the close.
describe("a lender's terms, a price held, the close", () => {
  testRule(salesPitchRule, {
    valid: [
      'The credit union approved her loan on Friday, so the boat is hers. Thanks for the reference you wrote.',
      "Lock the shed when you leave, the key goes back on the hook. Last year's rates for the hall still stand for the club, the manager told me.",
    ],
    invalid: [
      { text: 'Congrats on the new boat! We have 0% for 12 months on approved credit for radar installs.', errors: [{ rule: 'sales-pitch', words: 'on approved credit' }] },
      { text: 'The price I quoted goes up in April, so now is the time to lock it in.', errors: [{ rule: 'sales-pitch', words: 'lock it in' }] },
      { text: "I still have three kits at last year's pricing if your team wants one.", errors: [{ rule: 'sales-pitch', words: "at last year's pricing" }] },
    ],
  });

  test('a remembered detail as the hook does not make a price deadline read as a relationship', () => {
    const hooked = analyze({
      text: "Hi Pat! How did your daughter's graduation go? You told me at the Expo she's off to UW. Anyway, the pricing I quoted you in November goes up April 1, so now's the time to lock it in.",
    });
    expect(hooked.verdict).not.toBe('relational');
  });
});

// The same rep: "I'd love to connect and share our AIS upgrade specials." Specials and promos sent are
// sales documents, as a brochure is.
describe('specials and promos sent', () => {
  testRule(salesPitchRule, {
    valid: ['The diner by the harbor has a fish special on Fridays, worth the walk after class.'],
    invalid: [{ text: 'Would love to connect and share our spring upgrade specials with you.', errors: [{ rule: 'sales-pitch', words: 'share our spring upgrade specials' }] }],
  });
});

// Round 125's retired warrant officer to a shipmate: "could you call me this week? It's about Steve.
// Nothing urgent, but I'd rather talk than type." The day asked for was read as a meeting booked and the
// note as a cold ask, so a friend's call about a friend was called transactional. A note that takes its
// own pressure off ("no rush", "nothing urgent") says what a pitch does not: about fifty good or
// borderline notes of the corpus say it, two transactional.
describe('an ask that takes its own pressure off', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Mick, could you ring me this week? Nothing urgent, I would just rather talk than type.', errors: [{ rule: 'ask-before-give', words: 'could you ring', severity: 'warning' }] },
      { text: 'Mick, could you ring me this week? It is about the reunion.', errors: [{ rule: 'ask-before-give', words: 'could you ring', severity: 'error' }] },
    ],
  });
  testRule(falseUrgency, {
    valid: ['Could you give me a ring this week? No rush at all, whenever you are free.'],
    invalid: [{ text: 'Could you give me a ring this week about the reunion?', errors: [{ rule: 'false-urgency', words: 'this week' }] }],
  });

  test("a friend's call about a friend is not called transactional", () => {
    const call = analyze({ text: "Tony, could you call me this week? It's about Steve. Nothing urgent, but I'd rather talk than type. My number's 07700 900418. Derek" });
    expect(call.verdict).not.toBe('transactional');
  });

  test('"no rush" does not make a cold ask or a pitch read as a relationship', () => {
    expect(analyze({ text: 'Hi Dan, can we book a call this week? No rush.' }).verdict).not.toBe('relational');
    expect(analyze({ text: 'Can we book a call this week to go over our pricing? No rush.' }).verdict).toBe('transactional');
  });
});

// Round 125's apparel brand: "our ambassador program would be the perfect side hustle … 15% commission",
// "you'd earn on every order", each after a detail of the reader's; and a fundraiser's "I can send the
// sponsor packet today". An affiliate's offer and a sponsor's papers are what the note is for.
describe("an affiliate's offer and a sponsor's papers", () => {
  testRule(salesPitchRule, {
    valid: [
      'Saw your sister is running the hustle and flow class on Saturdays, tell her the breakfast club says hello.',
      'Every order of bacon rolls on Saturday was paid by the landlord of the Ship, bless him.',
    ],
    invalid: [
      { text: 'Our ambassador program would be the perfect side hustle while you study.', errors: [{ rule: 'sales-pitch', words: 'Our ambassador program' }, { rule: 'sales-pitch', words: 'side hustle' }] },
      { text: "Join us as an ambassador and you'd earn 10% on every order your runners place.", errors: [{ rule: 'sales-pitch', words: 'on every order' }] },
      { text: 'Great to meet you at the roadshow. I can send the sponsor packet today.', errors: [{ rule: 'sales-pitch', words: 'sponsor packet' }] },
    ],
  });
});

// The warrant officer's own invitation: "Always keen to hear from supporters and sponsors in the Plymouth
// area. Please connect." A call for contacts is not curiosity about the reader.
describe('a call for contacts is not curiosity', () => {
  testRule(genuineQuestion, {
    valid: ['Always keen to hear from supporters and sponsors in the area. Please connect.'],
    invalid: [{ text: 'Keen to hear how the new crew rota is working out at the station.', errors: [{ rule: 'genuine-question', words: 'Keen to hear' }] }],
  });
});

// Asks the out-of-sample run let through (ten author groups, each model trained without the group):
// "subscribe if you like what you see, it really helps the algorithm"; "refer your brothers for guard
// jobs and earn Rs 1,500 per joining". A channel's numbers and a bounty for bodies.
describe("a channel's numbers and a bounty for referrals", () => {
  testRule(askBeforeGive, {
    valid: ['Subscribed to your newsletter last week, the piece on night approaches was excellent.'],
    invalid: [
      { text: 'New channel is up, have a look and subscribe if you enjoy it.', errors: [{ rule: 'ask-before-give', words: 'subscribe if' }] },
      { text: 'A like on the new video really helps the algorithm, thanks!', errors: [{ rule: 'ask-before-give', words: 'helps the algorithm' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['Thanks for the referral last spring, Joe got the job and sends his regards.'],
    invalid: [{ text: 'Send us your friends for warehouse shifts and earn $200 per referral.', errors: [{ rule: 'sales-pitch', words: 'per referral' }] }],
  });
});

// Round 126, veterans again (four good notes called transactional at first run, the holdout's open kind).
// A Filipino-American corpsman: "Pastor Jun said you speak Ilocano … Could you sit in for 30 mins?" Who
// told the writer about the reader is shared context, as "Dana mentioned you" already was.
describe('who told the writer about them', () => {
  testRule(sharedContextRule, {
    valid: ['Someone said you might be hiring drivers.', 'LinkedIn said you viewed my profile.'],
    invalid: [
      { text: 'Father Tom said you speak Tagalog, and my lola has a VA call on Tuesday.', errors: [{ rule: 'shared-context', words: 'said you' }] },
      { text: 'Hi Bev, Shaz reckons you know every boat owner on the strand.', errors: [{ rule: 'shared-context', words: 'reckons you' }] },
    ],
  });

  test("an unpaid favour asked through a named friend is not called transactional", () => {
    const favour = analyze({ text: "Hi Ms. Grace! Pastor Jun said you speak Ilocano. I have a lola (WWII widow) with a VA phone interview next Tues who's only comfy in Ilocano. Could you sit in for 30 mins? Unpaid, sorry, but I'll drive you and bring pancit!" });
    expect(favour.verdict).not.toBe('transactional');
  });
});

// A logistics officer to a fellow coach: "We're technically competitors, but 200k people get out every
// year. There's room." A count in a clause after "but" is not the writer's audience.
describe("a count in a clause of its own", () => {
  testRule(salesPitchRule, {
    valid: ["We're both in the same line of work, but 200k people leave the service every year, so there is room for us all."],
    invalid: [{ text: 'We reach 200k people every year through the newsletter.', errors: [{ rule: 'sales-pitch', words: '200k people' }] }],
  });
});

// A men's shed organiser: "Could you give me a call this week? … No worries if it's a no, beer's on me
// either way." Leaving the reader the answer takes the pressure off, as "no rush" does.
describe('leaving them the answer', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [{ text: "Mick, could you give me a call this week about the fishing day? No worries if it's a no.", errors: [{ rule: 'ask-before-give', words: 'a call', severity: 'warning' }] }],
  });
});
