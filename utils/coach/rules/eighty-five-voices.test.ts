import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
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

describe('a statement with a tag is no time proposed', () => {
  testRule(askBeforeGive, {
    valid: [
      'Thanks for the call yesterday. I tried your flat day pass with free coffee, and this week twice the people came, funny right? I owe you one.',
      'Moved the vets breakfast to Thursday like you said and it doubled, works great huh? Thank you again.',
    ],
    invalid: [
      { text: 'Thanks for connecting. Are you free for a coffee this Thursday?', errors: [{ rule: 'ask-before-give' }] },
      { text: 'Thanks for connecting. Does Thursday work for a quick call about our platform?', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});
