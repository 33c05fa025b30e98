import { z } from 'zod/mini';
import { RULE_ID } from './patterns';
import { relationshipContextSchema } from './relationship';

// The coach's contract. These schemas cross message boundaries (content script ⇄ background,
// the command-line tool's JSON lines), so every shape is declared once, here. They use zod's
// tree-shakable API (zod/mini): the coach travels in the lazy coaching UI, where size counts.

// Their messages are zod's own words where a page or the command line sets them (utils/zod-english.ts).

export const PRINCIPLES = ['give', 'relationship', 'journey', 'visibility'] as const;
export const principleSchema = z.enum(PRINCIPLES);
export type Principle = z.infer<typeof principleSchema>;

export const surfaceSchema = z.enum(['invitation', 'message']);
export type Surface = z.infer<typeof surfaceSchema>;

export const DEFAULT_LIMIT = 300;
/** Longer than any note LinkedIn accepts; bounds what a schema lets through a message. */
export const MAX_TEXT_LENGTH = 1_000_000;

const shortText = z.string().check(z.maxLength(2_000));

export const recipientSchema = z.object({
  name: z.optional(shortText),
  firstName: z.optional(shortText),
  headline: z.optional(shortText),
  company: z.optional(shortText),
  profileUrl: z.optional(shortText),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const draftSchema = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  surface: z._default(surfaceSchema, 'invitation'),
  limit: z._default(z.int().check(z.positive(), z.maximum(100_000)), DEFAULT_LIMIT),
  recipient: z._default(recipientSchema, {}),
});
/** What callers pass: everything but the text may be left out. */
export type DraftInput = z.input<typeof draftSchema>;
export type Draft = z.output<typeof draftSchema>;

export const strictnessSchema = z.enum(['gentle', 'balanced', 'strict']);
export type Strictness = z.infer<typeof strictnessSchema>;

/** The longest past note the coach compares a draft with. */
export const MAX_PAST_NOTE_LENGTH = 10_000;

export const pastNoteSchema = z.object({
  text: z.string().check(z.maxLength(MAX_PAST_NOTE_LENGTH)),
  /** Epoch milliseconds. */
  at: z.number(),
});
export type PastNote = z.infer<typeof pastNoteSchema>;

export const contextSchema = z.object({
  offers: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)), []),
  recentNotes: z._default(z.array(pastNoteSchema).check(z.maxLength(20_000)), []),
  sentLast24h: z.optional(z.int().check(z.nonnegative())),
  sentLast7d: z.optional(z.int().check(z.nonnegative())),
  dailyCap: z.optional(z.int().check(z.positive())),
  mutedRules: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)), []),
  strictness: z._default(strictnessSchema, 'balanced'),
  /** Epoch milliseconds; lets callers (and tests) pin "now" for time-based rules. */
  now: z.optional(z.number()),
  /** The relationship so far with this person, from the history. */
  relationship: z.optional(relationshipContextSchema),
});
export type ContextInput = z.input<typeof contextSchema>;
export type Context = z.output<typeof contextSchema>;

/** `unread`: a note in a language the coach cannot read yet, with nothing language-independent to fix. */
export const verdictSchema = z.enum(['empty', 'relational', 'needs-work', 'transactional', 'unread']);
export type Verdict = z.infer<typeof verdictSchema>;

export const severitySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

export const findingKindSchema = z.enum(['concern', 'strength']);
export type FindingKind = z.infer<typeof findingKindSchema>;

/** [start, end) in UTF-16 code units of the draft text. */
export const rangeSchema = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]);
export type Range = z.infer<typeof rangeSchema>;

export const findingSchema = z.object({
  rule: z.string().check(z.regex(RULE_ID)),
  principle: principleSchema,
  kind: findingKindSchema,
  severity: severitySchema,
  message: z.string(),
  why: z.string(),
  range: z.optional(rangeSchema),
  suggestion: z.optional(z.string()),
});
export type Finding = z.infer<typeof findingSchema>;

const principleScore = z.number().check(z.minimum(0), z.maximum(100));

/**
 * One score a principle the note gives evidence about; a principle it says nothing about has no
 * score (not a default). Visibility is scored only from the history context (pace, reuse).
 */
export const principleScoresSchema = z.object({
  give: z.optional(principleScore),
  relationship: z.optional(principleScore),
  journey: z.optional(principleScore),
  visibility: z.optional(principleScore),
});
export type PrincipleScores = z.infer<typeof principleScoresSchema>;

export const analysisSchema = z.object({
  verdict: verdictSchema,
  /** Absent when the verdict is `unread`: the coach did not read the words, so it does not score them. */
  score: z.optional(principleScore),
  principles: principleScoresSchema,
  length: z.int().check(z.nonnegative()),
  limit: z.int().check(z.positive()),
  /**
   * The note's language as the coach reads it: `other` means only the language-independent rules
   * ran; `unknown` (too short to tell) is coached as English.
   */
  language: z.enum(['en', 'other', 'unknown']),
  /** Ordered by impact: the first concern is "the one thing to fix". */
  findings: z.array(findingSchema),
});
export type Analysis = z.infer<typeof analysisSchema>;
