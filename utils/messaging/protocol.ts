import { z } from 'zod';
import { pastNoteSchema, principleScoresSchema, recipientSchema, surfaceSchema, verdictSchema } from '@/utils/coach/schema';

// Every message that crosses a context boundary (content script or page → background) is one
// member of this union, named by direction. The background parses each one and answers an
// error that says what was wrong for anything that does not fit.

/** What the coach said about a note, kept with the send (the whole Analysis is not stored). */
export const analysisSummarySchema = z.object({
  verdict: verdictSchema,
  /** Absent for a note the coach could not read; a principle without evidence has no score either. */
  score: z.number().min(0).max(100).optional(),
  principles: principleScoresSchema,
  rules: z.array(z.string().max(100)).max(100),
});
export type AnalysisSummary = z.infer<typeof analysisSummarySchema>;

export const sendRecordSchema = z
  .object({
    surface: surfaceSchema,
    recipient: recipientSchema,
    /** The note as sent, or null when the invitation went without one. */
    note: z.string().max(20_000).nullable(),
    analysis: analysisSummarySchema.nullable(),
    pageUrl: z.string().max(2_000),
    at: z.number().int().positive(),
  })
  .strict();
export type SendRecord = z.infer<typeof sendRecordSchema>;

export const pingRequestSchema = z.object({ type: z.literal('to-background:ping') }).strict();
export const recordSendRequestSchema = z
  .object({ type: z.literal('to-background:record-send'), send: sendRecordSchema })
  .strict();
export const coachContextRequestSchema = z
  .object({ type: z.literal('to-background:coach-context'), now: z.number().int().positive() })
  .strict();
export const listSendsRequestSchema = z
  .object({ type: z.literal('to-background:list-sends'), limit: z.number().int().positive().max(1_000).default(50) })
  .strict();
/** An extension page changed follow-ups (Done, Snooze, a stage, an import, a deletion): re-check the reminders. */
export const followUpsChangedRequestSchema = z.object({ type: z.literal('to-background:follow-ups-changed') }).strict();

export const toBackgroundSchema = z.discriminatedUnion('type', [
  pingRequestSchema,
  recordSendRequestSchema,
  coachContextRequestSchema,
  listSendsRequestSchema,
  followUpsChangedRequestSchema,
]);
export type ToBackground = z.input<typeof toBackgroundSchema>;
export type ToBackgroundParsed = z.output<typeof toBackgroundSchema>;

export const pingReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:pong'),
  name: z.string(),
  version: z.string(),
});
export type PingReply = z.infer<typeof pingReplySchema>;

export const recordedReplySchema = z.object({ ok: z.literal(true), type: z.literal('from-background:recorded') });
export type RecordedReply = z.infer<typeof recordedReplySchema>;

export const coachContextReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:coach-context'),
  recentNotes: z.array(pastNoteSchema),
  sentLast24h: z.number().int().nonnegative(),
  sentLast7d: z.number().int().nonnegative(),
});
export type CoachContextReply = z.infer<typeof coachContextReplySchema>;

export const sendsReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:sends'),
  sends: z.array(sendRecordSchema),
});
export type SendsReply = z.infer<typeof sendsReplySchema>;

export const followUpsReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:follow-ups'),
  /** Follow-ups due now, as the badge shows them. */
  due: z.number().int().nonnegative(),
});
export type FollowUpsReply = z.infer<typeof followUpsReplySchema>;

export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof errorReplySchema>;

export interface ReplyFor {
  'to-background:ping': PingReply;
  'to-background:record-send': RecordedReply;
  'to-background:coach-context': CoachContextReply;
  'to-background:list-sends': SendsReply;
  'to-background:follow-ups-changed': FollowUpsReply;
}
