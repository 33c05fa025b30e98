import { z } from 'zod';
import {
  contextSchema,
  principleScoresSchema,
  recipientSchema,
  surfaceSchema,
  verdictSchema,
} from '@/utils/coach/schema';
import { linkedInPageSchema, timeSchema } from './bounds';

// The history's records as stored in IndexedDB (the latest migration in ./migrations says which
// database version). Schemas, so an import can be checked against exactly what is stored, and so
// the wire protocol can carry a send as the history will keep it; the store itself trusts only
// what it wrote. This file is a leaf: it imports only the coach's schema and ./bounds.

/** What the coach said about a note, kept with the send (the whole Analysis is not stored). */
export const analysisSummarySchema = z.object({
  verdict: verdictSchema,
  /** Absent for a note the coach could not read; a principle without evidence has no score either. */
  score: z.number().min(0).max(100).optional(),
  principles: principleScoresSchema,
  rules: z.array(z.string().max(100)).max(100),
});
export type AnalysisSummary = z.infer<typeof analysisSummarySchema>;

/**
 * What the coach needs from the history: the notes already sent (newest first, for template reuse)
 * and the pace (invitations in the 24 hours and 7 days before now). The coach's own context
 * fields, all present: declared once, there.
 */
const { recentNotes, sentLast24h, sentLast7d } = contextSchema.shape;
export const coachHistorySchema = z.object({ recentNotes, sentLast24h, sentLast7d }).required();
export type CoachHistory = z.output<typeof coachHistorySchema>;

/** One send as the page saw it: what `recordSend` turns into a contact and a touch. */
export const sendRecordSchema = z
  .object({
    surface: surfaceSchema,
    /** `profileUrl`, when present, is a contact key as `utils/contact-key` writes it. */
    recipient: recipientSchema,
    /** The note as sent, or null when the invitation went without one. */
    note: z.string().max(20_000).nullable(),
    analysis: analysisSummarySchema.nullable(),
    pageUrl: linkedInPageSchema,
    at: timeSchema,
  })
  .strict();
export type SendRecord = z.infer<typeof sendRecordSchema>;

export const STAGES = ['requested', 'connected', 'conversing'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const TOUCH_KINDS = ['invitation', 'message', 'follow-up'] as const;
export const touchKindSchema = z.enum(TOUCH_KINDS);
export type TouchKind = z.infer<typeof touchKindSchema>;

/**
 * One person. `key` is the normalised profile address (`linkedin.com/in/<slug>`), or, when the page
 * showed no profile address, `name:<lowercased name>`.
 */
export const contactSchema = z.object({
  key: z.string().min(1).max(300),
  name: z.string().max(300),
  /** Lowercased name, for the search index. */
  nameLower: z.string().max(300),
  /**
   * The name's words, lowercased and without accents, for the word-start search index (multiEntry).
   * Always written by the store; optional so a Contact built elsewhere need not compute it.
   */
  nameWords: z.array(z.string().max(300)).max(50).optional(),
  headline: z.string().max(2_000).optional(),
  company: z.string().max(300).optional(),
  profileUrl: z.string().max(300).optional(),
  firstContactAt: timeSchema,
  stage: stageSchema,
  lastTouchAt: timeSchema,
  /** When the invitation was seen accepted (epoch ms): marked in the popup, or noticed on their profile. */
  connectedAt: timeSchema.optional(),
  /** When a follow-up is due (epoch ms), or absent when none is planned. */
  nextFollowUpAt: timeSchema.optional(),
  /** The person's own words on how they met. */
  howWeMet: z.string().max(5_000).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const touchSchema = z.object({
  /** Auto-incremented by the store. */
  id: z.number().int().positive().optional(),
  contactKey: z.string().min(1).max(300),
  kind: touchKindSchema,
  surface: surfaceSchema,
  at: timeSchema,
  note: z.string().max(20_000).nullable(),
  analysis: analysisSummarySchema.nullable(),
  /** The page of the send; empty for a follow-up marked done in the popup. */
  pageUrl: z.union([z.literal(''), linkedInPageSchema]),
  /**
   * Equal to `at` when the touch has a note, absent otherwise: the key of the sparse `by-note-at`
   * index, so the coach reads the newest notes without walking every touch.
   */
  noteAt: timeSchema.optional(),
});
export type Touch = z.infer<typeof touchSchema>;

export { recipientSchema };
