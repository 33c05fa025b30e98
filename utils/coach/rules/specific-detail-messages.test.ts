import { expect, test } from 'vitest';
import type { Recipient } from '../schema';
import { runRule } from '../testing/rule-tester';
import { specificDetail } from './specific-detail';

// What the panel says for each kind of detail it found: the words it marks and the sentence beside them.

const WHY = 'A specific detail shows you paid attention, which is where relationships start.';

test.each<[string, Recipient | undefined, string, string]>([
  ['Loved your talk on eBPF.', undefined, 'your talk', 'You mention something specific they made or did.'],
  ['Your spreadsheet for dairy herds is great.', undefined, 'Your spreadsheet', 'You mention something that is theirs.'],
  ['Great to see the day you walked us through it.', undefined, 'you walked', 'You recall something they said or did.'],
  ['I read your piece on soil carbon last night.', undefined, 'read your', 'You show you read or watched their work.'],
  ['Another flood person here!', { headline: 'Flood modeller at the EA' }, 'flood', 'You connect to what they do.'],
  ['Big fan of what Ubuntu does.', { company: 'Ubuntu Health' }, 'Ubuntu', 'You connect to where they work.'],
])('%s → "%s"', (text, recipient, words, message) => {
  const findings = runRule(specificDetail, { text, recipient });
  expect(findings.map((f) => ({ words: text.slice(...f.range!), message: f.message, severity: f.severity, why: f.why }))).toEqual([
    { words, message, severity: 'info', why: WHY },
  ]);
});
