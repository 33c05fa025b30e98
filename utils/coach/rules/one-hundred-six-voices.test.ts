import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
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
