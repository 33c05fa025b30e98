import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/coach';
import {
  analysisSchema,
  DEFAULT_LIMIT,
  type Analysis,
  type ContextInput,
  type DraftInput,
  type Recipient,
} from '../../utils/coach/schema';

// Whatever a person types or pastes, the coach answers: no throw, the same answer twice, inside the
// contract, and without touching its inputs.

const NOW = Date.UTC(2026, 0, 15);
/** Generous: these tests check answers, not speed (the benchmark measures that). */
const BIG_INPUT_TIMEOUT = 180_000;
const char = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCharCode(code));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028') },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'Hi', 'Dana', 'your', 'you', 'I', 'my', 'me', 'talk', 'post', 'thanks', 'congrats', 'network', 'job', 'referral',
      '15 minutes', 'quick call', 'this week', 'ASAP', 'demo', 'pricing', 'ROI', 'follow my page', 'check out my',
      'like-minded professionals', 'expanding my network', 'impressive profile', 'Dear Sir/Madam', 'Hi there',
      '{firstName}', '[Name]', '{{company}}', 'keep in touch', 'happy to intro you', 'https://example.com/x?y=1',
      "I'd like to add you to my professional network.", '?', '!', '…', '—', ',', '.', "'", '’', '"',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom('👋', '🚀', '👩‍💻', '❤️', '🇩🇪', '🙏🏽', '👨‍👩‍👧‍👦', '1️⃣') },
  { weight: 2, arbitrary: fc.constantFrom('مرحبا', 'شكرا على المقال', 'שלום', 'תודה על ההרצאה', '\u200f', '\u202e', '\u2066') },
  { weight: 2, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad') },
  { weight: 1, arbitrary: char(0x0300, 0x036f) },
  { weight: 1, arbitrary: char(0xd800, 0xdfff) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Notes the size people write: words, scripts, emoji and invisible characters run together. */
const noteText = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Up to 100,000 UTF-16 units: a short mix repeated, cut anywhere (even inside an emoji). */
const bigText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([pieces, length]) => {
    const unit = pieces.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

const upTo = (max: number) => (text: string) => text.slice(0, max);
const shortText = fc.oneof(noteText.map(upTo(2_000)), fc.constantFrom('Dana', 'Dana Smith', 'dana', ''));

const recipient: fc.Arbitrary<Recipient> = fc.record(
  { name: shortText, firstName: shortText, headline: shortText, company: shortText, profileUrl: shortText },
  { requiredKeys: [] },
);

const draftOf = (text: fc.Arbitrary<string>): fc.Arbitrary<DraftInput> =>
  fc.record(
    {
      text,
      surface: fc.constantFrom('invitation', 'message'),
      limit: fc.oneof(fc.constantFrom(200, 300), fc.integer({ min: 1, max: 100_000 })),
      recipient,
    },
    { requiredKeys: ['text'] },
  );

const ruleIds = fc.constantFrom('template-reuse', 'early-ask', 'no-note', 'placeholder', 'pitch', 'not-a-rule');

const context: fc.Arbitrary<ContextInput> = fc.record(
  {
    offers: fc.array(noteText.map(upTo(200)), { maxLength: 5 }),
    recentNotes: fc.array(
      fc.record({ text: noteText, at: fc.integer({ min: 0, max: 200 * 24 * 60 }).map((minutes) => NOW - minutes * 60_000) }),
      { maxLength: 30 },
    ),
    sentLast24h: fc.nat({ max: 500 }),
    sentLast7d: fc.nat({ max: 2_000 }),
    dailyCap: fc.integer({ min: 1, max: 200 }),
    mutedRules: fc.array(fc.oneof(ruleIds, fc.string({ maxLength: 20 })), { maxLength: 6 }),
    strictness: fc.constantFrom('gentle', 'balanced', 'strict'),
    now: fc.constant(NOW),
  },
  { requiredKeys: [] },
);

/** A context whose history sometimes holds this very note, so the reuse rules have something to find. */
const contextFor = (draft: DraftInput) =>
  fc.tuple(context, fc.boolean()).map(([ctx, resent]): ContextInput =>
    resent ? { ...ctx, recentNotes: [...(ctx.recentNotes ?? []), { text: draft.text.slice(0, 10_000), at: NOW - 3_600_000 }] } : ctx,
  );

function expectWithinContract(draft: DraftInput, result: Analysis, context?: ContextInput) {
  expect(analysisSchema.safeParse(result).error).toBeUndefined();
  expect(result.length).toBe(draft.text.length);
  expect(result.limit).toBe(draft.limit ?? DEFAULT_LIMIT);
  for (const finding of result.findings) {
    if (!finding.range) continue;
    const [start, end] = finding.range;
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(draft.text.length);
  }
  const muted = new Set(context?.mutedRules ?? []);
  expect(result.findings.filter((finding) => muted.has(finding.rule))).toEqual([]);
}

/**
 * Analyses three times: once, again with the same objects (whatever the coach caches must not change
 * the answer) and from fresh copies. The inputs must come back untouched and the answers be equal.
 */
function analyzeChecked(draft: DraftInput, context?: ContextInput): Analysis {
  const [draftBefore, contextBefore] = structuredClone([draft, context]);
  const first = analyze(draft, context);
  expect([draft, context]).toEqual([draftBefore, contextBefore]);
  expect(analyze(draft, context)).toEqual(first);
  expect(analyze(structuredClone(draft), structuredClone(context))).toEqual(first);
  return first;
}

describe('the coach, on any input', () => {
  it('answers a bare note within the contract, the same way twice', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        expectWithinContract({ text }, analyzeChecked({ text }));
      }),
      { numRuns: 400 },
    );
  });

  it('answers with any recipient, surface, limit and context', () => {
    fc.assert(
      fc.property(
        draftOf(noteText).chain((draft) => fc.tuple(fc.constant(draft), contextFor(draft))),
        ([draft, ctx]) => {
          expectWithinContract(draft, analyzeChecked(draft, ctx), ctx);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers pastes of up to 100,000 characters', { timeout: BIG_INPUT_TIMEOUT }, () => {
    fc.assert(
      fc.property(
        draftOf(bigText).chain((draft) => fc.tuple(fc.constant(draft), fc.option(contextFor(draft), { nil: undefined }))),
        ([draft, ctx]) => {
          expectWithinContract(draft, analyzeChecked(draft, ctx), ctx);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('answers the awkward corners', { timeout: BIG_INPUT_TIMEOUT }, () => {
    const corners = [
      '', ' ', '\n\n\n', '\u200b', '\ufeff\ufeff', '\ud800', '\udc00', 'a\ud83d', '\ud83d\ude00'.repeat(3),
      'e\u0301'.repeat(50), '\u202eHi Dana\u202c', 'שלום Dana, your talk', '{firstName}', '?'.repeat(10_000),
      'a'.repeat(100_000), ' '.repeat(100_000), '👩‍💻'.repeat(20_000),
    ];
    for (const text of corners) expectWithinContract({ text }, analyzeChecked({ text }));
  });
});

// Sentences a relational note is made of, so a generated note is good until a defect is put in.
const goodSentence = fc.constantFrom(
  'Loved your KubeCon talk on eBPF tracing.',
  'Your post on night-shift handovers was the clearest I have read.',
  'We met at the PyData Berlin dinner last spring.',
  'Congrats on shipping the new scheduling tool!',
  'How did you keep the overhead down in production?',
  'Happy to share the runbook we wrote for our own migration.',
  'Would love to keep in touch and follow your work.',
  'Your paper on soil carbon sampling changed how our lab plans fieldwork.',
);
const goodNote = fc
  .tuple(fc.constantFrom('Hi Ana, ', 'Dana — ', 'Hello Sam, ', ''), fc.array(goodSentence, { minLength: 1, maxLength: 3 }))
  .map(([greeting, sentences]) => greeting + sentences.join(' '));
const placeholder = fc.constantFrom('{firstName}', '[Name]', '{{company}}', '<NAME>', '%FIRST_NAME%', '[insert name]', '[Company Name]');
const boilerplate = fc.constantFrom(
  "I'd like to add you to my professional network on LinkedIn.",
  'I’d like to join your LinkedIn network.',
);

/** A note LinkedIn will not send as it is, or will send as its own default text. */
const unsendable = fc.oneof(
  fc.tuple(goodNote, placeholder, fc.nat()).map(([note, slot, at]) => {
    const words = note.split(' ');
    const cut = at % (words.length + 1);
    return { base: note, text: [...words.slice(0, cut), slot, ...words.slice(cut)].join(' '), limit: 300 };
  }),
  fc.tuple(goodNote, boilerplate, fc.boolean()).map(([note, line, first]) => ({
    base: note,
    text: first ? `${line} ${note}` : `${note} ${line}`,
    limit: 300,
  })),
  fc.tuple(goodNote, fc.integer({ min: 1, max: 200 })).map(([note, over]) => ({
    base: note,
    text: note,
    limit: Math.max(1, note.length - over),
  })),
);

describe('the verdict follows the findings', () => {
  it('never calls a note relational that LinkedIn will not send as written', () => {
    let goodBases = 0;
    fc.assert(
      fc.property(unsendable, fc.constantFrom('gentle', 'balanced', 'strict'), ({ base, text, limit }, strictness) => {
        if (analyze({ text: base }, { strictness }).verdict === 'relational') goodBases += 1;
        expect(analyze({ text, limit }, { strictness }).verdict).not.toBe('relational');
      }),
      { numRuns: 300 },
    );
    // The property means something only if the notes were good before the defect went in.
    expect(goodBases).toBeGreaterThan(200);
  });
});
