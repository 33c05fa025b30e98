import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import { followUpStarters, OWN_WORDS } from './follow-up-starters';

const wei = { name: 'Wei Zhang', firstName: 'Wei', headline: 'Data journalist at The Harbour Post', company: 'The Harbour Post' };
const OWN = 'Your flood charts made our council meeting much shorter.';

describe('follow-up starters for someone who accepted', () => {
  test('keep what the invitation offered, and each has one marked spot for the person’s own words', () => {
    const starters = followUpStarters({ recipient: wei, offered: 'Happy to share my cleaned tide-gauge dataset' });
    expect(starters[0]).toBe(`Hi Wei, thank you for connecting. As promised, here is my cleaned tide-gauge dataset: ${OWN_WORDS}`);
    expect(starters.length).toBeGreaterThanOrEqual(2);
    for (const starter of starters) expect(starter.split(OWN_WORDS)).toHaveLength(2);
    expect(starters.some((s) => s.includes('at The Harbour Post'))).toBe(true);
  });

  test('an offer in other words is quoted, not rewritten', () => {
    const [first] = followUpStarters({ recipient: wei, offered: 'In case it’s useful, our flood maps' });
    expect(first).toContain('(“In case it’s useful, our flood maps”)');
  });

  test('with nothing offered: a question about their work and a keep-in-touch', () => {
    expect(followUpStarters({ recipient: { firstName: 'Ana' } })).toEqual([
      `Hi Ana, glad we are connected. ${OWN_WORDS} What are you working on these days?`,
      `Hi Ana, thanks for accepting. ${OWN_WORDS} I would like to keep in touch and hear how your work goes.`,
    ]);
  });

  test('left as it is, the marked spot is flagged; filled in, no starter reads as a transaction', () => {
    for (const starter of followUpStarters({ recipient: wei, offered: 'Happy to share my cleaned tide-gauge dataset' })) {
      const unfilled = analyze({ text: starter, surface: 'message', recipient: wei });
      expect(unfilled.findings.map((f) => f.rule)).toContain('unfilled-placeholder');
      const filled = analyze({ text: starter.replace(OWN_WORDS, OWN), surface: 'message', recipient: wei });
      expect(filled.verdict).not.toBe('transactional');
      expect(filled.findings.map((f) => f.rule)).not.toContain('unfilled-placeholder');
    }
  });
});
