import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { salesPitchRule } from './sales-pitch';

// Session 17 (issue 12): a county Veterans Service Officer and a textile sourcing manager in Istanbul,
// a submarine veteran turned lineman apprentice and a nurses' union organiser. The shapes their notes
// showed, in our own words.

describe('help given free, "no strings" said in the same breath', () => {
  testRule(salesPitchRule, {
    valid: [
      'Saw you lost the paperwork for your grandad’s medals. There is another way in through the regiment’s museum. Glad to go through it with you. No cost to you, no strings.',
      'The eye screening at the library is free on Mondays. No cost, no catch, I just know it helped my mum.',
    ],
    invalid: [
      { text: 'Book your roof audit this month. No cost, no catch.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
      { text: 'Would you have 10 minutes so I can check your policy is still right? No cost.', errors: [{ rule: 'sales-pitch', words: 'No cost' }] },
    ],
  });
});
