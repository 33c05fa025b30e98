import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { salesPitchRule } from './sales-pitch';

// Session 30 (issue 12): the relational notes of round 85 (an Air Force veteran who advises student
// veterans, a Bengaluru SaaS rep; a retired Army chaplain, a Jakarta coworking operator) and of the
// check sets read this session that the coach called transactional. Their shapes, in our words.

describe('an amount of nothing is no price', () => {
  testRule(salesPitchRule, {
    valid: [
      'Nursing students are checking blood sugar at the library on Saturday. Price is $0, nothing to sign.',
      'The flu shots at the county clinic: the price is 0 € for anyone over sixty. Thought of your mother.',
      'Entry fee is $0.00 for veterans and their families, and the fish fry is on the Post.',
    ],
    invalid: [
      { text: 'Setup is $0 and the plan is $49 per month after the trial.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'Our audit package is only $10 this week, the usual price is $400.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});
