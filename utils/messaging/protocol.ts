import { z } from 'zod';
import { isProfileKey, MAX_CONTACT_KEY_LENGTH, parseContactKey } from '@/utils/contact-key/contact-key';
import type { Relationship } from '@/utils/journey/relationship';
import { timeSchema } from '@/utils/history/bounds';
import { coachHistorySchema, sendRecordSchema } from '@/utils/history/model';

// Every message that crosses a context boundary (content script or page → background) is one
// member of this union, named by direction. The background parses each one and answers an
// error that says what was wrong for anything that does not fit.

export const pingRequestSchema = z.object({ type: z.literal('to-background:ping') }).strict();
/** A send as the page saw it; the background stamps the time itself, so a page cannot date one. */
export const pageSendSchema = sendRecordSchema.omit({ at: true });
export type PageSend = z.infer<typeof pageSendSchema>;
export const recordSendRequestSchema = z
  .object({ type: z.literal('to-background:record-send'), send: pageSendSchema })
  .strict();
export const coachContextRequestSchema = z
  .object({ type: z.literal('to-background:coach-context'), now: timeSchema })
  .strict();
/** An extension page changed follow-ups (Done, Snooze, a stage, an import, a deletion): re-check the reminders. */
export const followUpsChangedRequestSchema = z.object({ type: z.literal('to-background:follow-ups-changed') }).strict();

/**
 * A content-script kind: a profile the person opened shows its owner as a first-degree connection
 * (its own address, the name in its top card). The background decides whether that is news.
 */
export const seenConnectedRequestSchema = z
  .object({
    type: z.literal('to-background:seen-connected'),
    profileUrl: z.string().max(MAX_CONTACT_KEY_LENGTH).refine(isProfileKey, 'not a profile key'),
    name: z.string().min(1).max(300),
  })
  .strict();

/** A content-script kind, read only: the relationship so far with the person a draft is for. */
export const relationshipRequestSchema = z
  .object({
    type: z.literal('to-background:relationship'),
    contactKey: z
      .string()
      .max(MAX_CONTACT_KEY_LENGTH)
      .refine((key) => parseContactKey(key) !== undefined, 'not a contact key'),
  })
  .strict();

export const toBackgroundSchema = z.discriminatedUnion('type', [
  pingRequestSchema,
  recordSendRequestSchema,
  coachContextRequestSchema,
  followUpsChangedRequestSchema,
  seenConnectedRequestSchema,
  relationshipRequestSchema,
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

export const coachContextReplySchema = coachHistorySchema.extend({
  ok: z.literal(true),
  type: z.literal('from-background:coach-context'),
});
export type CoachContextReply = z.infer<typeof coachContextReplySchema>;

export const followUpsReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:follow-ups'),
  /** Follow-ups due now, as the badge shows them. */
  due: z.number().int().nonnegative(),
});
export type FollowUpsReply = z.infer<typeof followUpsReplySchema>;

export const seenConnectedReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:seen-connected'),
  /** The contact moved from requested to connected just now. */
  connected: z.boolean(),
});
export type SeenConnectedReply = z.infer<typeof seenConnectedReplySchema>;

/** The relationship so far (see utils/journey/relationship.ts), bounded by the store's own limits. */
export interface RelationshipReply extends Relationship {
  ok: true;
  type: 'from-background:relationship';
}

export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof errorReplySchema>;

export interface ReplyFor {
  'to-background:ping': PingReply;
  'to-background:record-send': RecordedReply;
  'to-background:coach-context': CoachContextReply;
  'to-background:follow-ups-changed': FollowUpsReply;
  'to-background:seen-connected': SeenConnectedReply;
  'to-background:relationship': RelationshipReply;
}
