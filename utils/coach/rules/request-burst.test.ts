import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { requestBurst } from './request-burst';

const text = 'Hi Ana, loved your talk.';

testRule(requestBurst, {
  valid: [
    text,
    { text, context: { sentLast24h: 3, sentLast7d: 20, dailyCap: 10 } },
    { text, context: { sentLast24h: 30, strictness: 'gentle' } },
  ],
  invalid: [
    { text, context: { sentLast24h: 10, dailyCap: 10 } },
    { text, context: { sentLast24h: 30 } },
    { text, context: { sentLast7d: 120 } },
    {
      text,
      context: { sentLast24h: 12, dailyCap: 10, sentLast7d: 300 },
      errors: [{ rule: 'request-burst' }, { rule: 'request-burst' }],
    },
  ],
});

test('going over your own cap is a warning', () => {
  const [finding] = runRule(requestBurst, { text, context: { sentLast24h: 12, dailyCap: 10 } });
  expect(finding?.severity).toBe('warning');
  expect(finding?.message).toContain('cap of 10');
});

test('counts the history when the caller gives no counts but pins now', () => {
  const now = Date.UTC(2026, 0, 15);
  const recentNotes = Array.from({ length: 30 }, (_, index) => ({
    text: `note ${index}`,
    at: now - index * 60_000,
  }));
  expect(runRule(requestBurst, { text, context: { recentNotes, now } })).toHaveLength(1);
  expect(runRule(requestBurst, { text, context: { recentNotes } })).toEqual([]);
  const old = recentNotes.map((note) => ({ ...note, at: note.at - 30 * 86_400_000 }));
  expect(runRule(requestBurst, { text, context: { recentNotes: old, now } })).toEqual([]);
});
