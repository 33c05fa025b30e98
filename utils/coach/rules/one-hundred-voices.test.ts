import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { sharedContextRule } from './shared-context';

// Session 35 (issue 12), from round 100's first read: a forex trader's "Would love to tell you what
// I do sometime too" was praised as something shared, because the writer's own "I" counted as the
// name a "too" sentence needs. The shape, in our words.

describe('"I" is not the name that makes a "too" sentence shared', () => {
  testRule(sharedContextRule, {
    valid: [
      'Congrats on the new job. Maybe one day you can hear what I sell too.',
      "Nice post. I'd like to show you what I'm building too.",
    ],
    invalid: [
      { text: 'Saw you coach the under-tens at Riverside too!', errors: [{ rule: 'shared-context', words: 'Saw you coach the under-tens at Riverside too' }] },
    ],
  });
});
