import { describe, expect, test } from 'vitest';
import type { Strictness } from '../schema';
import { runRule } from '../testing/rule-tester';
import { templateReuse } from './template-reuse';

// How many near-copies make a warning and how many an error, at each strictness, and the shortest
// note the rule reads: what the panel shows for a note pasted to many people.

const note = (name: string) => `Hi ${name}, keen to connect with you`; // six words
const sentTo = (count: number, write = note) =>
  Array.from({ length: count }, (_, index) => ({ text: write(`Person${index}`), at: index }));

const reuse = (copies: number, strictness: Strictness = 'balanced') =>
  runRule(templateReuse, { text: note('Ana'), context: { recentNotes: sentTo(copies), strictness } });

const finding = (copies: number, severity: 'warning' | 'error') => ({
  rule: 'template-reuse',
  principle: 'visibility',
  kind: 'concern',
  severity,
  message: `This note is nearly the same as ${copies} note${copies === 1 ? '' : 's'} you already sent.`,
  why: 'One note pasted to many people is a mass mailing, not showing up; people notice.',
  suggestion: 'Keep your structure if you like, but write the middle sentence for this person alone.',
});

describe('a warning up to nine copies, an error from ten', () => {
  test.each([
    [2, 'warning'],
    [9, 'warning'],
    [10, 'error'],
    [11, 'error'],
  ] as const)('%i copies already sent: %s', (copies, severity) => {
    expect(reuse(copies)).toEqual([finding(copies, severity)]);
  });
});

describe('how many copies each strictness lets pass', () => {
  test.each<[Strictness, number]>([
    ['gentle', 3],
    ['balanced', 2],
    ['strict', 1],
  ])('%s: flagged from %i copies, quiet at one fewer', (strictness, fewest) => {
    expect(reuse(fewest, strictness)).toEqual([finding(fewest, 'warning')]);
    expect(reuse(fewest - 1, strictness)).toEqual([]);
  });
});

describe('notes under six words are not read for reuse', () => {
  test('six words sent five times before is flagged', () => {
    const six = 'Keen to connect with you Ana';
    expect(runRule(templateReuse, { text: six, context: { recentNotes: sentTo(5, () => six) } })).toHaveLength(1);
  });

  test('five words sent five times before, word for word, is not', () => {
    const five = 'Keen to connect with you';
    expect(runRule(templateReuse, { text: five, context: { recentNotes: sentTo(5, () => five) } })).toEqual([]);
  });
});

test('with no past notes nothing is compared', () => {
  expect(reuse(0, 'strict')).toEqual([]);
});
