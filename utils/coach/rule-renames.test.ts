import { describe, expect, test } from 'vitest';
import { registry } from './rules';
import { currentRuleId, currentRuleIds, RULE_RENAMES } from './rule-renames';

/**
 * Every rule id a release has stored in someone's settings or history. When you add a rule, add
 * its id here; when you rename one, keep the old id here and add old → new to RULE_RENAMES.
 */
const SHIPPED_RULE_IDS = [
  'ask-before-give',
  'default-boilerplate',
  'empty-note',
  'false-urgency',
  'follows-through',
  'generic-flattery',
  'generic-greeting',
  'genuine-question',
  'job-seeking',
  'link-push',
  'long-term-intent',
  'mass-networking',
  'missing-name',
  'nothing-specific',
  'offers-value',
  'over-limit',
  'own-offer-used',
  'pit-stop-after-accept',
  'pushy-follow-up',
  'request-burst',
  'sales-pitch',
  'self-focused',
  'shared-context',
  'specific-detail',
  'template-reuse',
  'too-short',
  'unfilled-placeholder',
];

const registered = new Set(registry.map((rule) => rule.id));

describe('rule renames keep what people stored', () => {
  test('every id ever shipped still names a rule, directly or through RULE_RENAMES', () => {
    expect(SHIPPED_RULE_IDS.filter((id) => !registered.has(currentRuleId(id)))).toEqual([]);
  });

  test('every rule the coach runs is in the shipped list (add a new rule’s id there)', () => {
    expect([...registered].filter((id) => !SHIPPED_RULE_IDS.includes(id))).toEqual([]);
  });

  test('an old id is no longer a rule of its own, and each leads to one', () => {
    for (const [old, next] of RULE_RENAMES) {
      expect(registered.has(old), `${old} was renamed to ${next}`).toBe(false);
      expect(registered.has(currentRuleId(next)), `${old} → ${next}`).toBe(true);
    }
  });

  test('the shipped-ids check fails for a rename without an entry', () => {
    const renamedRegistry = new Set([...registered].map((id) => (id === 'too-short' ? 'short-note' : id)));
    expect(SHIPPED_RULE_IDS.filter((id) => !renamedRegistry.has(currentRuleId(id)))).toEqual(['too-short']);
    const withEntry = new Map([['too-short', 'short-note']]);
    expect(SHIPPED_RULE_IDS.filter((id) => !renamedRegistry.has(currentRuleId(id, withEntry)))).toEqual([]);
  });
});

describe('currentRuleId', () => {
  const renames = new Map([
    ['hi-there', 'generic-greeting-v2'],
    ['generic-greeting-v2', 'generic-greeting'],
    ['loop-a', 'loop-b'],
    ['loop-b', 'loop-a'],
  ]);

  test('follows a chain of renames to today’s id', () => {
    expect(currentRuleId('hi-there', renames)).toBe('generic-greeting');
    expect(currentRuleId('generic-greeting-v2', renames)).toBe('generic-greeting');
  });

  test('an id that never changed is its own; a name of Object’s is no rename', () => {
    expect(currentRuleId('too-short', renames)).toBe('too-short');
    expect(currentRuleId('constructor', renames)).toBe('constructor');
    expect(currentRuleId('__proto__', renames)).toBe('__proto__');
  });

  test('a cycle (a mistake) ends instead of hanging', () => {
    expect(['loop-a', 'loop-b']).toContain(currentRuleId('loop-a', renames));
  });

  test('a list keeps its order and names each rule once', () => {
    expect(currentRuleIds(['too-short', 'hi-there', 'generic-greeting', 'sales-pitch'], renames)).toEqual([
      'too-short',
      'generic-greeting',
      'sales-pitch',
    ]);
  });

  test('a list with nothing renamed is the same list, not a copy', () => {
    const ids = ['too-short', 'sales-pitch'];
    expect(currentRuleIds(ids, renames)).toBe(ids);
  });
});
