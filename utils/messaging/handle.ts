import { z } from 'zod';
import { toBackgroundSchema, type ErrorReply, type ReplyFor, type ToBackgroundParsed } from './protocol';

export type Handlers = {
  [K in ToBackgroundParsed['type']]: (
    message: Extract<ToBackgroundParsed, { type: K }>,
  ) => Promise<ReplyFor[K]> | ReplyFor[K];
};

/** Parses an untrusted message and dispatches it; never throws, always answers. */
export async function handleMessage(
  raw: unknown,
  handlers: Handlers,
): Promise<ReplyFor[keyof ReplyFor] | ErrorReply> {
  const parsed = toBackgroundSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: `Rejected message: ${z.prettifyError(parsed.error)}` };
  }
  const message = parsed.data;
  try {
    const handler = handlers[message.type] as (m: ToBackgroundParsed) => Promise<ReplyFor[keyof ReplyFor]>;
    return await handler(message);
  } catch (error) {
    return { ok: false, error: `Failed to handle ${message.type}: ${String(error)}` };
  }
}
