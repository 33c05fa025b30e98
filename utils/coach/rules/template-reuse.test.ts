import { expect, test } from 'vitest';
import { runRule, testRule } from '../testing/rule-tester';
import { analyze } from '../analyze';
import { templateReuse } from './template-reuse';

const template = (name: string, company: string, years: number) =>
  `Hi ${name}, I saw you work at ${company}. I have ${years} years in data and would love to connect and learn from you.`;
const sent = [
  { text: template('Raj', 'Globex', 5), at: 1 },
  { text: template('Mia', 'Initech', 6), at: 2 },
  { text: 'Congrats on the launch of the flood map, the tiling trick is clever.', at: 3 },
];

testRule(templateReuse, {
  valid: [
    template('Ana', 'Acme', 7),
    {
      text: 'Loved your talk on tracing; how did you handle sampling at that scale?',
      context: { recentNotes: sent },
    },
    { text: 'Hi Ana!', context: { recentNotes: sent } },
    { text: template('Ana', 'Acme', 7), context: { recentNotes: sent, strictness: 'gentle' } },
  ],
  invalid: [{ text: template('Ana', 'Acme', 7), context: { recentNotes: sent } }],
});

test('counts the near copies', () => {
  const [finding] = runRule(templateReuse, {
    text: template('Ana', 'Acme', 7),
    context: { recentNotes: sent },
  });
  expect(finding?.message).toContain('2 notes');
});

// The time this takes is `npm run bench`'s figure (reuse at 10,000 notes), not asserted here.
test('finds the template among 10,000 past notes, on the first call and on later ones', () => {
  const recentNotes = Array.from({ length: 10_000 }, (_, index) => ({
    text:
      index % 3 === 0
        ? template(`N${index}`, `C${index}`, index)
        : `Note ${index} about topic ${index * 7} and the thing we discussed at event ${index}.`,
    at: index,
  }));
  // The panel passes the same history on every keystroke; the first call builds the index.
  const context = { recentNotes };
  for (const run of [0, 1, 2]) {
    const analysis = analyze({ text: template('Ana', 'Acme', run) }, context);
    expect(analysis.findings.some((finding) => finding.rule === 'template-reuse')).toBe(true);
  }
  const fresh = analyze({ text: 'Loved your talk on soil carbon at the Ghent meetup, Ana.' }, context);
  expect(fresh.findings.some((finding) => finding.rule === 'template-reuse')).toBe(false);
});
