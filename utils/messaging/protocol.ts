import { z } from 'zod';

// Every message that crosses a context boundary (content script or page → background) is one
// member of this union, named by direction. The background parses each one and answers an
// error that says what was wrong for anything that does not fit.

export const pingRequestSchema = z.object({ type: z.literal('to-background:ping') }).strict();

export const toBackgroundSchema = z.discriminatedUnion('type', [pingRequestSchema]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

export const pingReplySchema = z.object({
  ok: z.literal(true),
  type: z.literal('from-background:pong'),
  name: z.string(),
  version: z.string(),
});
export type PingReply = z.infer<typeof pingReplySchema>;

export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = z.infer<typeof errorReplySchema>;

export interface ReplyFor {
  'to-background:ping': PingReply;
}
