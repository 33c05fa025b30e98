import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import { bundledSecondReader } from '@/utils/coach/word-model/bundled';
import { noteStarters, spotIn, STARTER_SPOT } from './note-starters';

/** What a person might type into the spot: a piece of theirs, or something shared. */
const DETAILS = ['the piece on shared compost', 'our shared compost trial'];

const people = [
  { name: 'Ana Souza', firstName: 'Ana', headline: 'Head of Community at Horta Labs · Urban farming and open data', company: 'Horta Labs' },
  { name: 'Wei Zhang', firstName: 'Wei', headline: 'Data journalist at The Harbour Post', company: 'The Harbour Post' },
  { name: 'Oksana Petrenko', firstName: 'Oksana', headline: 'Product designer, accessibility' },
  { name: 'Kwame Mensah', firstName: 'Kwame' },
  {},
];

describe('note starters', () => {
  test.each(people)('for %j: two or three, within the limit, each read as a relationship once its spot is filled', (recipient) => {
    for (const limit of [300, 200]) {
      const starters = noteStarters({ recipient, limit });
      expect(starters.length).toBeGreaterThanOrEqual(2);
      expect(starters.length).toBeLessThanOrEqual(3);
      for (const starter of starters) {
        expect(starter.length).toBeLessThanOrEqual(limit);
        const spot = spotIn(starter);
        if (!spot) continue;
        for (const detail of DETAILS) {
          const filled = starter.slice(0, spot[0]) + detail + starter.slice(spot[1]);
          if (filled.length > limit) continue;
          // By the rules alone, and as the panel reads it, with the word model's second reading.
          expect(analyze({ text: filled, limit, recipient }).verdict, filled).toBe('relational');
          expect(analyze({ text: filled, limit, recipient }, {}, { secondReader: bundledSecondReader }).verdict, filled).toBe('relational');
        }
      }
    }
  });

  test('a starter sent with its spot untouched is flagged as an unfilled placeholder, at the spot', () => {
    const recipient = people[0]!;
    for (const starter of noteStarters({ recipient })) {
      const spot = spotIn(starter);
      expect(spot, starter).toBeDefined();
      const finding = analyze({ text: starter, limit: 300, recipient }).findings.find((f) => f.rule === 'unfilled-placeholder');
      expect(finding?.range).toEqual(spot);
      expect(starter.slice(...spot!)).toBe(STARTER_SPOT);
    }
  });

  test('greet by first name and draw on the headline', () => {
    const [first] = noteStarters({ recipient: people[0]! });
    expect(first).toMatch(/^Hi Ana,/);
    expect(first).toContain('urban farming and open data');
    expect(noteStarters({ recipient: people[1]! })[0]).toContain('as a data journalist');
  });

  test("use the person's own offer", () => {
    const starters = noteStarters({ recipient: people[0]!, offers: ['intros to city data teams'] });
    expect(starters.some((s) => s.includes('intros to city data teams'))).toBe(true);
  });

  test('a long headline becomes a short topic, never pasted whole', () => {
    const recipient = {
      firstName: 'Rosa',
      headline:
        'Founder at Commons Lab | Open data, civic tech, urban farming, food policy and community land trusts across Europe',
    };
    const [first] = noteStarters({ recipient });
    expect(first).toContain('your work on open data,');
    expect(first).not.toContain('civic tech');
  });
});
