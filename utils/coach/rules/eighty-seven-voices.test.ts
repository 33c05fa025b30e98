import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { longTermIntentRule } from './long-term-intent';
import { massNetworkingRule } from './mass-networking';
import { salesPitchRule } from './sales-pitch';

// Session 31 (issue 12): the notes of rounds 87–89 (a Coast Guard veteran who teaches boating safety,
// a Manila outsourcing sales manager; a National Guard veteran's farming co-op, a Shenzhen sourcing
// agent; a submarine veteran's help desk, a Dubai headhunter; a DAV service officer, a Bangkok hotel
// sales manager; a retired master chief who prepares taxes, an Ankara exporter) that the coach
// misread. Their shapes, in our words.

describe('connecting with every one of a kind is collecting', () => {
  testRule(massNetworkingRule, {
    valid: [
      'Every harbormaster I met on the coast said your tide notes saved them a grounding. Thank you for writing them.',
      'I try to learn one thing from every mentor I meet, and from you it was how to say no kindly.',
    ],
    invalid: [
      { text: 'Connecting with every harbormaster from Eastport to Stonington. Let’s keep in touch.', errors: [{ rule: 'mass-networking' }] },
      { text: 'I want to connect with every HR director in Ohio this quarter, so here I am!', errors: [{ rule: 'mass-networking' }] },
    ],
  });
});

describe('a hand-off to someone who will follow up is no promise of the writer', () => {
  testRule(longTermIntentRule, {
    valid: [
      'Fill out the short form and one of our partners will follow up to review your coverage.',
      'Leave your details and our advisor will follow up with you next week.',
    ],
    invalid: [
      { text: 'Loved your talk on grain bins. I will follow up once our co-op tries the moisture probes.', errors: [{ rule: 'long-term-intent' }] },
      { text: 'Great to meet you at the expo. We will follow up with the photos from your stand.', errors: [{ rule: 'long-term-intent' }] },
    ],
  });
});

describe('a discount off retail and a quote to send are a sale; a price someone else covers is not', () => {
  testRule(salesPitchRule, {
    valid: [
      'The exam voucher is $369 retail, but the VA covers it for you. Call me and I will walk you through the form.',
      'You asked what the grain dryer cost us: the dealer quoted $9,000 and we split it three ways.',
    ],
    invalid: [
      { text: 'Our shop supplies refurbished business laptops at 40% under retail. Let us connect.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Congrats on the new office! Happy to connect so I can send you a quote for the fit-out.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'We host team volunteer mornings. There is a $750 group sponsorship that covers supplies and a shirt for everyone.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('an email entered at a link is a lead collected, not a gift handed over', () => {
  testRule(askBeforeGive, {
    valid: ['The slides from my talk are free, they are yours. Send me your email and I will forward them tonight.'],
    invalid: [
      { text: 'As a thank-you for connecting, a FREE career roadmap PDF! Just enter your email at the link and it is yours.', errors: [{ rule: 'ask-before-give', severity: 'error' }] },
      { text: 'Grab our free checklist: enter your email on the page and it lands in your inbox.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('a book sold through the writer, a store review asked for, the venue’s decider asked after', () => {
  testRule(askBeforeGive, {
    valid: [
      'I read your review on Amazon of the tide guide, and you were right about chapter 3.',
      'Thank you for your purchase of Harold’s old boat, I hope she treats you well.',
    ],
    invalid: [
      { text: 'My memoir is out in paperback. I would appreciate your purchase and a review on Amazon.', errors: [{ rule: 'ask-before-give', severity: 'error' }, { rule: 'ask-before-give', severity: 'error' }] },
      { text: 'Is your company planning a year-end party? Usually how many guests, and who decide the venue?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: ['The wreath-laying is at ten. Your grandson’s bench at the boat ramp is first rate, and Harold says so too.'],
    invalid: [
      { text: 'Signed copies of my memoir can be ordered through me directly, $18.95.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Our site needs $4,000 for laptops. I will forward the invoice upon your confirmation.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('"no cost" just after the writer offers something is the price of a give', () => {
  testRule(salesPitchRule, {
    valid: [
      'The class roster had your email misspelled, so your course certificate bounced. Connect and I’ll send it here. No cost to you.',
      'Happy to help with the appeal form next week. No cost, the chapter covers it.',
    ],
    invalid: [
      { text: 'Book a free audit of your ad account with our team. No cost to you.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] },
      { text: 'I can send you our agency’s growth audit. No cost.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('"no cost" in the breath of the writer’s own offer of help is the price of a give', () => {
  testRule(salesPitchRule, {
    valid: [
      'When you’re ready I can help with the flag and headstone, no cost, 229-555-0148.',
      'Happy to walk him through the Pell form, no cost.',
    ],
    invalid: [
      { text: 'Happy to run the numbers for you, no cost.', errors: [{ rule: 'sales-pitch' }, { rule: 'sales-pitch' }] },
      { text: 'Our audit finds hidden fees. Happy to book yours, no cost.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});
