import { z } from 'zod';
import { RULE_ID } from './patterns';
import { relationshipContextSchema } from './relationship';

// The coach's contract. These schemas cross message boundaries (content script ⇄ background,
// the command-line tool's JSON lines), so every shape is declared once, here.

export const PRINCIPLES = ['give', 'relationship', 'journey', 'visibility'] as const;
export const principleSchema = z.enum(PRINCIPLES);
export type Principle = z.infer<typeof principleSchema>;

export const surfaceSchema = z.enum(['invitation', 'message']);
export type Surface = z.infer<typeof surfaceSchema>;

export const DEFAULT_LIMIT = 300;
/** Longer than any note LinkedIn accepts; bounds what a schema lets through a message. */
export const MAX_TEXT_LENGTH = 1_000_000;

const shortText = z.string().max(2_000);

export const recipientSchema = z.object({
  name: shortText.optional(),
  firstName: shortText.optional(),
  headline: shortText.optional(),
  company: shortText.optional(),
  profileUrl: shortText.optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const draftSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH),
  surface: surfaceSchema.default('invitation'),
  limit: z.number().int().positive().max(100_000).default(DEFAULT_LIMIT),
  recipient: recipientSchema.default({}),
});
/** What callers pass: everything but the text may be left out. */
export type DraftInput = z.input<typeof draftSchema>;
export type Draft = z.output<typeof draftSchema>;

export const strictnessSchema = z.enum(['gentle', 'balanced', 'strict']);
export type Strictness = z.infer<typeof strictnessSchema>;

export const pastNoteSchema = z.object({
  text: z.string().max(10_000),
  /** Epoch milliseconds. */
  at: z.number(),
});
export type PastNote = z.infer<typeof pastNoteSchema>;

export const contextSchema = z.object({
  offers: z.array(z.string().max(200)).max(50).default([]),
  recentNotes: z.array(pastNoteSchema).max(20_000).default([]),
  sentLast24h: z.number().int().nonnegative().optional(),
  sentLast7d: z.number().int().nonnegative().optional(),
  dailyCap: z.number().int().positive().optional(),
  mutedRules: z.array(z.string().max(100)).max(200).default([]),
  strictness: strictnessSchema.default('balanced'),
  /** Epoch milliseconds; lets callers (and tests) pin "now" for time-based rules. */
  now: z.number().optional(),
  /** The relationship so far with this person, from the history. */
  relationship: relationshipContextSchema.optional(),
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
export const rangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Range = z.infer<typeof rangeSchema>;

export const findingSchema = z.object({
  rule: z.string().regex(RULE_ID),
  principle: principleSchema,
  kind: findingKindSchema,
  severity: severitySchema,
  message: z.string(),
  why: z.string(),
  range: rangeSchema.optional(),
  suggestion: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

const principleScore = z.number().min(0).max(100);

/**
 * One score a principle the note gives evidence about; a principle it says nothing about has no
 * score (not a default). Visibility is scored only from the history context (pace, reuse).
 */
export const principleScoresSchema = z.object({
  give: principleScore.optional(),
  relationship: principleScore.optional(),
  journey: principleScore.optional(),
  visibility: principleScore.optional(),
});
export type PrincipleScores = z.infer<typeof principleScoresSchema>;

export const analysisSchema = z.object({
  verdict: verdictSchema,
  /** Absent when the verdict is `unread`: the coach did not read the words, so it does not score them. */
  score: z.number().min(0).max(100).optional(),
  principles: principleScoresSchema,
  length: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  /**
   * The note's language as the coach reads it: `other` means only the language-independent rules
   * ran; `unknown` (too short to tell) is coached as English.
   */
  language: z.enum(['en', 'other', 'unknown']),
  /** Ordered by impact: the first concern is "the one thing to fix". */
  findings: z.array(findingSchema),
});
export type Analysis = z.infer<typeof analysisSchema>;
