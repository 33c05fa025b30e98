import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { salesPitchRule } from './sales-pitch';

// Session 34 (issue 12), from round 97's first read: a trucker's congratulations that turn into a
// factoring partner's rate, closed with the deal he would get them. The shape, in our words.

describe('a deal the writer would get them is a sale', () => {
  testRule(salesPitchRule, {
    valid: ['Closing a deal honestly is the one thing I learnt from you, and I still do it your way.'],
    invalid: [
      { text: 'Congrats on the new rig! I work with a fuel card outfit, just say the word and I can get you a deal.', errors: [{ rule: 'sales-pitch', words: 'get you a deal' }] },
      { text: 'If the card fees are hurting, I could get you a better deal on processing.', errors: [{ rule: 'sales-pitch', words: 'get you a better deal' }] },
    ],
  });
});
