import { describe, expect, test } from 'vitest';
import { registry } from '@/utils/coach/rules';
import type { Touch } from '@/utils/history/model';
import { ASK_RULES, describeBalance, giveAskBalance, GIVE_RULES } from './give-ask';

function touch(rules: string[]): Touch {
  return {
    contactKey: 'linkedin.com/in/ana',
    kind: 'message',
    surface: 'message',
    at: 1,
    note: 'x',
    analysis: {
      verdict: 'relational',
      score: 80,
      principles: { give: 80, relationship: 80, journey: 80, visibility: 80 },
      rules,
    },
    pageUrl: '',
  };
}

describe('give/ask balance', () => {
  test('every give is a strength and every ask a concern in the coach’s registry', () => {
    const byId = new Map(registry.map((rule) => [rule.id, rule]));
    for (const id of GIVE_RULES) expect(byId.get(id)?.kind, id).toBe('strength');
    for (const id of ASK_RULES) expect(byId.get(id)?.kind, id).toBe('concern');
  });

  test('counts touches, not findings', () => {
    const balance = giveAskBalance([
      touch(['offers-value', 'specific-detail']),
      touch(['genuine-question']),
      touch(['sales-pitch', 'ask-before-give']),
      touch([]),
    ]);
    expect(balance).toEqual({ gave: 2, asked: 1 });
  });

  test('touches the coach never read count for neither', () => {
    expect(giveAskBalance([{ ...touch([]), analysis: null }])).toEqual({ gave: 0, asked: 0 });
  });

  test.each([
    [{ gave: 3, asked: 1 }, 'You gave 3 times and asked once.'],
    [{ gave: 1, asked: 0 }, 'You gave once and never asked.'],
    [{ gave: 0, asked: 2 }, 'You asked twice and have not given yet: offer something before the next ask.'],
    [{ gave: 1, asked: 2 }, 'You gave once and asked twice. Give a little more before the next ask.'],
    [
      { gave: 0, asked: 0 },
      'Your notes to this person neither gave nor asked anything the coach could read.',
    ],
  ])('%o reads “%s”', (balance, words) => {
    expect(describeBalance(balance)).toBe(words);
  });
});
