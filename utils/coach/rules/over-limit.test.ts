import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { overLimit } from './over-limit';

const long = 'a'.repeat(310);

testRule(overLimit, {
  valid: ['a'.repeat(300), { text: long, surface: 'message' }, { text: 'a'.repeat(200), limit: 200 }],
  invalid: [
    { text: long, errors: [{ rule: 'over-limit', range: [300, 310] }] },
    { text: 'a'.repeat(201), limit: 200, errors: [{ rule: 'over-limit', range: [200, 201] }] },
    { text: long, surface: 'message', limit: 300, errors: [{ rule: 'over-limit', range: [300, 310] }] },
  ],
});

test('says by how much', () => {
  const [finding] = runRule(overLimit, { text: long });
  expect(finding?.message).toContain('10 characters over the 300-character limit');
});
