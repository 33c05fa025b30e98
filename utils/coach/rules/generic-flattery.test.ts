import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { genericFlatteryRule } from './generic-flattery';

const rule = 'generic-flattery';

testRule(genericFlatteryRule, {
  valid: [
    'Your keynote on flood maps was the clearest I’ve seen.',
    'I updated my profile after your workshop.',
  ],
  invalid: [
    // Compliments that fit anyone (issue 12).
    { text: 'You have achieved a lot in your career, so I wanted to connect.' },
    { text: 'I love connecting with sharp, successful people like you.' },

    { text: 'You have an impressive profile!', errors: [{ rule, words: 'impressive profile' }] },
    { text: 'Your profile caught my eye.', errors: [{ rule, words: 'Your profile caught my eye' }] },
    {
      text: 'I came across your profile and had to connect.',
      errors: [{ rule, words: 'came across your profile' }],
    },
  ],
});

test('is only a note when the rest is personal', () => {
  const [finding] = runRule(genericFlatteryRule, {
    text: 'Impressive profile! Your talk on flood maps at FOSS4G was great.',
  });
  expect(finding?.severity).toBe('info');
});
