import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import { noteStarters } from './note-starters';

const people = [
  { name: 'Ana Souza', firstName: 'Ana', headline: 'Head of Community at Horta Labs · Urban farming and open data', company: 'Horta Labs' },
  { name: 'Wei Zhang', firstName: 'Wei', headline: 'Data journalist at The Harbour Post', company: 'The Harbour Post' },
  { name: 'Oksana Petrenko', firstName: 'Oksana', headline: 'Product designer, accessibility' },
  { name: 'Kwame Mensah', firstName: 'Kwame' },
  {},
];

describe('note starters', () => {
  test.each(people)('for %j: two or three, within the limit, each read as a relationship', (recipient) => {
    for (const limit of [300, 200]) {
      const starters = noteStarters({ recipient, limit });
      expect(starters.length).toBeGreaterThanOrEqual(2);
      expect(starters.length).toBeLessThanOrEqual(3);
      for (const starter of starters) {
        expect(starter.length).toBeLessThanOrEqual(limit);
        expect(analyze({ text: starter, limit, recipient }).verdict).toBe('relational');
      }
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
});
