import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseContext } from './parse-context';
import { parseDraft } from './parse-draft';
import { contextSchema, draftSchema, type ContextInput, type DraftInput } from './schema';

// The hand-built parses must be indistinguishable from zod's: same success, same data with the same
// keys in the same order, same issues.

/** Everything a caller could observe of a parse result: JSON drops undefined, so keys are listed too. */
function observed(result: { success: boolean; data?: unknown; error?: { issues: unknown } }): unknown {
  if (!result.success) return { issues: result.error?.issues };
  const keysOf = (value: unknown): unknown =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).map(([key, inner]) => [key, typeof inner, keysOf(inner)])
      : value;
  return { data: JSON.stringify(result.data), keys: keysOf(result.data) };
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', 'x'.repeat(1_000_000), 'x'.repeat(1_000_001), '👋'.repeat(500_001), `${'x'.repeat(999_999)}👋`),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const anything = fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const field = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('x'.repeat(2_000), 'x'.repeat(2_001), '👋'.repeat(1_001)), anything);
const recipient = fc.oneof(
  fc.record(
    { name: field, firstName: field, headline: field, company: field, profileUrl: field, other: anything },
    { requiredKeys: [] },
  ),
  anything,
);
const draft = fc.oneof(
  fc.record(
    {
      text: fc.oneof(text, anything),
      surface: fc.oneof(fc.constantFrom('invitation', 'message', 'inmail', undefined), anything),
      limit: fc.oneof(fc.constantFrom(1, 300, 100_000, 100_001, 0, -1, 2.5, Number.NaN, Infinity, -0), anything),
      recipient: maybe(recipient),
      extra: anything,
    },
    { requiredKeys: [] },
  ),
  anything,
);
const note = fc.record({ text: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(10_001)), anything), at: fc.oneof(fc.integer(), fc.double(), anything) }, { requiredKeys: [] });
const context = fc.oneof(
  fc.record(
    {
      recentNotes: fc.oneof(fc.array(note, { maxLength: 3 }), anything),
      now: fc.oneof(fc.integer(), fc.double(), anything),
      strictness: fc.constantFrom('gentle', 'balanced', 'strict', 'harsh'),
      mutedRules: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
      offers: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  anything,
);

describe('parsing without zod', () => {
  test('a draft parses as draftSchema parses it', () => {
    fc.assert(
      fc.property(draft, (input) => {
        expect(observed(parseDraft(input as DraftInput))).toEqual(observed(draftSchema.safeParse(input)));
      }),
      { numRuns: 5_000 },
    );
  });

  test('a context parses as contextSchema parses it, with the history kept as given', () => {
    fc.assert(
      fc.property(context, (input) => {
        const parsed = parseContext(input as ContextInput);
        expect(observed(parsed)).toEqual(observed(contextSchema.safeParse(input)));
        const notes = (input as { recentNotes?: unknown } | null)?.recentNotes;
        if (parsed.success && Array.isArray(notes)) expect(parsed.data.recentNotes).toBe(notes);
      }),
      { numRuns: 5_000 },
    );
  });

  test('the shapes callers send', () => {
    const drafts: unknown[] = [
      { text: 'Hi' },
      { text: 'Hi', surface: 'message', limit: 8_000, recipient: { company: 'Acme', name: 'Ana Li', firstName: 'Ana' } },
      { text: 'Hi', recipient: {} },
      { text: 'Hi', recipient: { firstName: undefined } },
      { text: 'Hi', surface: undefined, limit: undefined, recipient: undefined },
      Object.assign(Object.create({ inherited: 1 }), { text: 'Hi' }),
      Object.assign(Object.create(null), { text: 'Hi' }),
      [],
    ];
    for (const input of drafts) expect(observed(parseDraft(input as DraftInput)), JSON.stringify(input)).toEqual(observed(draftSchema.safeParse(input)));
    const contexts: unknown[] = [{}, { now: 5 }, { now: undefined }, { recentNotes: [{ text: 'a', at: 1 }], now: 1 }, { recentNotes: undefined }, { now: Number.NaN }];
    for (const input of contexts) expect(observed(parseContext(input as ContextInput)), JSON.stringify(input)).toEqual(observed(contextSchema.safeParse(input)));
  });
});
