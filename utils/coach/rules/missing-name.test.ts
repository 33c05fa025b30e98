import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { missingName } from './missing-name';

testRule(missingName, {
  valid: [
    'Loved your talk on tracing at KubeCon.',
    { text: 'Hi Ana, loved your talk on tracing.', recipient: { firstName: 'Ana' } },
    { text: 'ana — loved your talk on tracing.', recipient: { name: 'Ana Lima' } },
    { text: 'Congrats, Ms. Lima, on the launch!', recipient: { name: 'Ana Lima' } },
    { text: 'Hi!', recipient: { firstName: 'Ana' } },
  ],
  invalid: [
    { text: 'Loved your talk on tracing at KubeCon.', recipient: { firstName: 'Ana' } },
    { text: 'Hello, great to connect with you.', recipient: { name: 'Ana Lima' } },
    { text: 'Dear Dr, great to connect with you.', recipient: { name: 'Dr. Ana Lima' } },
  ],
});

test('suggests the first name, not the title', () => {
  const [finding] = runRule(missingName, {
    text: 'Great to connect with you today.',
    recipient: { name: 'Dr. Ana Lima' },
  });
  expect(finding?.suggestion).toBe('Hi Ana,');
});
