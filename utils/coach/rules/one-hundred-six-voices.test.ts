import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { linkPush } from './link-push';
import { salesPitchRule } from './sales-pitch';

// Session 36 (issue 12), from the first reads of round 106 onwards. Each case names the note it came
// from; the shapes are in our words.

// Round 106's motor sergeant asked a parts counter to hold pads for a deployed soldier's wife, "she's
// got the military discount card": the store's own discount, hers to show, read as the writer's price.
describe("a discount card is theirs to show, not the writer's price", () => {
  testRule(salesPitchRule, {
    valid: ['Could you hold the tyre for Mrs. Okafor? She will pay at the till Friday, she has the veterans discount card.'],
    invalid: [{ text: 'Book before Friday and get a 20% discount on your first order.', errors: [{ rule: 'sales-pitch', words: 'discount' }] }],
  });
});

// Round 106's crypto mentor chased a reader who had seen his message: "price goes up. WhatsApp me before
// it's too late." Fear of missing out, as "till it's too late" already was.
describe('"before it\'s too late" is the hook of a pitch', () => {
  testRule(salesPitchRule, {
    valid: ['Glad your dad saw the cardiologist in time. We nearly left it too late with mine.'],
    invalid: [{ text: "The cohort starts Monday. Message me before it's too late.", errors: [{ rule: 'sales-pitch', words: "before it's too late" }] }],
  });
});

// Round 108's shrimper told a shipmate the VA covers hearing aids and "I help him fill in one hour" (the
// form, for a friend): "I help" opens a pitch ("I help brands grow"), not help given to one person.
describe('"I help him" is help given to one person, not a pitch', () => {
  testRule(salesPitchRule, {
    valid: ['The VA paid for my neighbour\'s hearing aids. I help him with the forms on Sundays, I can sit with you too.'],
    invalid: [{ text: 'Hi Sam, I help roofers get more jobs from Google every month.', errors: [{ rule: 'sales-pitch', words: 'I help' }] }],
  });
});

// Round 108's lead seller praised an agency's tenth year, then "are you buying exclusive inbound calls
// right now? We do pay per lead, no contract."
describe('"pay per lead" prices the writer\'s leads', () => {
  testRule(salesPitchRule, {
    valid: ['Congrats on ten years of the agency, Carla. The team photo made my day.'],
    invalid: [{ text: 'Congrats on ten years! We do pay per lead if you ever need more calls.', errors: [{ rule: 'sales-pitch', words: 'pay per lead' }] }],
  });
});

// Round 108's link builder warned a baker off a backlink offer: "Please, don't buy it": asked not to
// act, which takes nothing of theirs. A "no" that softens the ask ("no rush") denies nothing.
describe('"please, don\'t buy it" asks nothing of them; "no rush" still asks', () => {
  testRule(askBeforeGive, {
    valid: ['Rebecca, that backlink offer in your comments is a scam. Please, don\'t buy it.'],
    invalid: [
      { text: 'Rebecca, I wrote a guide to local links. Please, share it with your followers.', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Loved your talk on cold storage. You could, no rush, share my guide with your team.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

// Round 109's merch supplier reprinted a wrong-coloured order free and sent "tracking link: dhl.com …":
// a parcel's tracking handed over, not a page of theirs to visit.
describe('a tracking link hands over the parcel, not a page to visit', () => {
  testRule(linkPush, {
    valid: ['Sorry again, Chloe. We reprinted the 80 bags free and shipped them today, tracking link: dhl.com'],
    invalid: [{ text: 'Hi Chloe, we print tote bags from 50 pcs. See our catalogue: acmeprint.com', errors: [{ rule: 'link-push' }] }],
  });
});
