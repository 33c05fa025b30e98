import { describe, expect, test } from 'vitest';
import type { Finding, Principle, PrincipleScores, Severity, Strictness, Verdict } from './schema';
import { decideVerdict, overallScore, scorePrinciples, weighVerdict } from './scoring';

// Exact values, worked out by hand from the scoring rules: a principle starts at 70, a rule's most
// severe concern takes 45 / 25 / 8 off, its first strength adds 15 and each further one 8; the verdict
// weighs concerns 3 / 2 / ¼ against strengths 1 each (at most 3).

const concern = (rule: string, principle: Principle, severity: Severity): Finding => ({
  rule,
  principle,
  kind: 'concern',
  severity,
  message: rule,
  why: rule,
});
const strength = (rule: string, principle: Principle = 'relationship'): Finding => ({
  rule,
  principle,
  kind: 'strength',
  severity: 'info',
  message: rule,
  why: rule,
});

describe('scorePrinciples', () => {
  test.each<[string, Finding[], boolean, PrincipleScores]>([
    ['no findings, no history: no evidence, no scores', [], false, {}],
    ['no findings, with history: visibility alone, at its base', [], true, { visibility: 70 }],
    ['an error', [concern('a', 'give', 'error')], false, { give: 25 }],
    ['a warning', [concern('a', 'journey', 'warning')], false, { journey: 45 }],
    ['an info concern is evidence too', [concern('a', 'visibility', 'info')], false, { visibility: 62 }],
    [
      'one rule twice counts once',
      [concern('a', 'give', 'warning'), concern('a', 'give', 'warning')],
      false,
      { give: 45 },
    ],
    [
      'one rule counts at its most severe',
      [concern('a', 'give', 'warning'), concern('a', 'give', 'error')],
      false,
      { give: 25 },
    ],
    [
      'the most severe counts whichever comes first',
      [concern('a', 'give', 'error'), concern('a', 'give', 'warning')],
      false,
      { give: 25 },
    ],
    [
      'two rules both count',
      [concern('a', 'give', 'warning'), concern('b', 'give', 'info')],
      false,
      { give: 37 },
    ],
    ['one strength', [strength('s')], false, { relationship: 85 }],
    ['a second strength adds less', [strength('s'), strength('t')], false, { relationship: 93 }],
    [
      'strengths stop at 100',
      [strength('s'), strength('t'), strength('u'), strength('v')],
      false,
      { relationship: 100 },
    ],
    [
      'concerns stop at 0',
      [concern('a', 'relationship', 'error'), concern('b', 'relationship', 'error')],
      false,
      { relationship: 0 },
    ],
    [
      'each principle on its own',
      [
        strength('s', 'give'),
        concern('a', 'journey', 'warning'),
        strength('t'),
        concern('b', 'relationship', 'info'),
      ],
      false,
      { give: 85, relationship: 77, journey: 45 },
    ],
  ])('%s', (_, findings, history, expected) => {
    expect(scorePrinciples(findings, { history })).toEqual(expected);
  });
});

describe('decideVerdict', () => {
  const warning = concern('w', 'give', 'warning');
  test.each<[string, string, Finding[], Strictness, Verdict]>([
    ['an empty note', '', [], 'balanced', 'empty'],
    ['only spaces', '  \n ', [strength('s')], 'balanced', 'empty'],
    ['no findings: nothing to praise', 'Hi', [], 'balanced', 'needs-work'],
    ['one strength', 'Hi', [strength('s')], 'balanced', 'relational'],
    [
      'a strength outweighs an info concern',
      'Hi',
      [strength('s'), concern('i', 'give', 'info')],
      'balanced',
      'relational',
    ],
    ['a warning outweighs one strength', 'Hi', [strength('s'), warning], 'balanced', 'needs-work'],
    ['gentle lets a warning and a strength pass', 'Hi', [strength('s'), warning], 'gentle', 'relational'],
    ['an error alone', 'Hi', [concern('e', 'give', 'error')], 'balanced', 'transactional'],
    [
      'an error is never relational, whatever the strengths',
      'Hi',
      [concern('e', 'give', 'error'), strength('s'), strength('t'), strength('u')],
      'balanced',
      'needs-work',
    ],
    [
      'one rule as an error then a warning weighs as the error',
      'Hi',
      [concern('e', 'give', 'error'), concern('e', 'give', 'warning')],
      'balanced',
      'transactional',
    ],
    ['two warnings', 'Hi', [warning, concern('x', 'journey', 'warning')], 'balanced', 'transactional'],
    [
      'generic and about the writer, but asking nothing: needs work, not a transaction',
      'Hi',
      [concern('nothing-specific', 'relationship', 'warning'), concern('self-focused', 'give', 'warning')],
      'balanced',
      'needs-work',
    ],
    [
      'generic and one warning that takes: needs work, not a transaction',
      'Hi',
      [concern('nothing-specific', 'relationship', 'warning'), warning],
      'balanced',
      'needs-work',
    ],
    [
      'generic and two warnings that take: transactional',
      'Hi',
      [concern('nothing-specific', 'relationship', 'warning'), warning, concern('x', 'give', 'warning')],
      'balanced',
      'transactional',
    ],
    [
      'generic and one error that takes: transactional',
      'Hi',
      [concern('nothing-specific', 'relationship', 'warning'), concern('x', 'give', 'error')],
      'balanced',
      'transactional',
    ],
    [
      'the length is no evidence of a transaction: over the limit and one warning',
      'Hi',
      [concern('over-limit', 'relationship', 'warning'), warning],
      'balanced',
      'needs-work',
    ],
    [
      'a slot of the writer\'s own left to fill ("[link]") is no evidence either: it and one warning',
      'Hi',
      [concern('unfilled-placeholder', 'relationship', 'warning'), concern('nothing-specific', 'relationship', 'warning'), warning],
      'balanced',
      'needs-work',
    ],
    [
      'the recipient\'s name left as a placeholder is the template: transactional',
      'Hi',
      [concern('unfilled-placeholder', 'relationship', 'error')],
      'balanced',
      'transactional',
    ],
    [
      'two warnings and a strength: transactional at 3',
      'Hi',
      [warning, concern('x', 'journey', 'warning'), strength('s')],
      'balanced',
      'transactional',
    ],
    [
      'the same under gentle, whose line is 3.5',
      'Hi',
      [warning, concern('x', 'journey', 'warning'), strength('s')],
      'gentle',
      'needs-work',
    ],
    [
      'relief stops at three strengths',
      'Hi',
      [
        warning,
        concern('x', 'journey', 'warning'),
        strength('s'),
        strength('t'),
        strength('u'),
        strength('v'),
      ],
      'balanced',
      'needs-work',
    ],
    [
      'a warning is never relational under balanced, whatever the strengths',
      'Hi',
      [warning, strength('s'), strength('t'), strength('u')],
      'balanced',
      'needs-work',
    ],
    [
      'a warning read from history (a near-copy) weighs but does not block',
      'Hi',
      [concern('template-reuse', 'visibility', 'warning'), strength('s'), strength('t')],
      'balanced',
      'relational',
    ],
    [
      'gentle lets a warning and three strengths pass',
      'Hi',
      [warning, strength('s'), strength('t'), strength('u')],
      'gentle',
      'relational',
    ],
    [
      'strict needs a net of zero or less',
      'Hi',
      [warning, concern('i', 'journey', 'info'), strength('s'), strength('t')],
      'strict',
      'needs-work',
    ],
    [
      'the same note under gentle',
      'Hi',
      [warning, concern('i', 'journey', 'info'), strength('s'), strength('t')],
      'gentle',
      'relational',
    ],
    [
      'info concerns and strengths under balanced',
      'Hi',
      [concern('i', 'journey', 'info'), concern('j', 'give', 'info'), strength('s'), strength('t')],
      'balanced',
      'relational',
    ],
    [
      'a note LinkedIn will not send, even as a warning',
      'Hi',
      [
        concern('default-boilerplate', 'relationship', 'warning'),
        strength('s'),
        strength('t'),
        strength('u'),
      ],
      'balanced',
      'needs-work',
    ],
    [
      'over the limit, even as info',
      'Hi',
      [concern('over-limit', 'relationship', 'info'), strength('s'), strength('t')],
      'balanced',
      'needs-work',
    ],
  ])('%s', (_, text, findings, strictness, expected) => {
    expect(decideVerdict(text, findings, strictness)).toBe(expected);
  });

  test('the weighing behind a verdict', () => {
    const weighing = weighVerdict(
      'Hi',
      [
        concern('over-limit', 'relationship', 'info'),
        warning,
        warning,
        strength('s'),
        strength('t'),
        strength('u'),
        strength('v'),
      ],
      'balanced',
    );
    expect(weighing).toEqual({
      verdict: 'needs-work',
      strictness: 'balanced',
      weights: [
        { rule: 'over-limit', kind: 'concern', severity: 'info', weight: 0 },
        { rule: 'w', kind: 'concern', severity: 'warning', weight: 2 },
        { rule: 's', kind: 'strength', severity: 'info', weight: -1 },
        { rule: 't', kind: 'strength', severity: 'info', weight: -1 },
        { rule: 'u', kind: 'strength', severity: 'info', weight: -1 },
        { rule: 'v', kind: 'strength', severity: 'info', weight: 0 },
      ],
      pressure: 2,
      relief: 3,
      net: -1,
      lines: { relational: 0.5, transactional: 3 },
      blockedBy: ['over-limit', 'w'],
      takes: false,
    });
  });
});

describe('overallScore', () => {
  test.each<[string, PrincipleScores, Verdict, number | undefined]>([
    ['an unread note has none', { give: 90 }, 'unread', undefined],
    ['no principle scores: the base, inside the band', {}, 'relational', 70],
    ['the base is pulled into the transactional band', {}, 'transactional', 39],
    ['an empty note stays at 20 or less', {}, 'empty', 20],
    ['one principle', { give: 25 }, 'transactional', 25],
    ['lifted to the bottom of its band', { give: 25 }, 'needs-work', 40],
    ['weighted by give 0.3 and relationship 0.35', { give: 85, relationship: 93 }, 'relational', 89],
    ['all four weights', { give: 45, relationship: 100, journey: 45, visibility: 70 }, 'needs-work', 68],
    ['kept under the band top', { give: 100, relationship: 100 }, 'needs-work', 69],
  ])('%s', (_, principles, verdict, expected) => {
    expect(overallScore(principles, verdict)).toBe(expected);
  });
});

describe('decideVerdict', () => {
  // Every set of up to three findings from a pool that covers each kind, severity and special rule.
  const pool: Finding[] = (
    [
      ['sales-pitch', 'concern', 'error', 'relationship'],
      ['ask-before-give', 'concern', 'warning', 'give'],
      ['nothing-specific', 'concern', 'info', 'relationship'],
      ['over-limit', 'concern', 'warning', 'relationship'],
      ['request-burst', 'concern', 'warning', 'visibility'],
      ['specific-detail', 'strength', 'info', 'relationship'],
      ['offers-value', 'strength', 'info', 'give'],
      ['genuine-question', 'strength', 'info', 'relationship'],
      ['long-term-intent', 'strength', 'info', 'journey'],
      ['specific-detail', 'strength', 'info', 'relationship'],
    ] as const
  ).map(([rule, kind, severity, principle]) => ({ rule, kind, severity, principle, message: 'm', why: 'w' }));
  const sets: Finding[][] = [[]];
  for (let a = 0; a < pool.length; a++) {
    sets.push([pool[a]!]);
    for (let b = a; b < pool.length; b++) {
      sets.push([pool[a]!, pool[b]!]);
      for (let c = b; c < pool.length; c++) sets.push([pool[a]!, pool[b]!, pool[c]!]);
    }
  }

  test.each(['gentle', 'balanced', 'strict'] as const)('gives the verdict weighVerdict explains (%s)', (strictness) => {
    for (const findings of sets)
      for (const text of ['', 'a note'])
        expect(decideVerdict(text, findings, strictness)).toBe(weighVerdict(text, findings, strictness).verdict);
  });
});
