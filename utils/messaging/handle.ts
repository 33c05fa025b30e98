import { z } from 'zod';
import { toBackgroundSchema, type ErrorReply, type ReplyFor, type ToBackgroundParsed } from './protocol';

export type Handlers = {
  [K in ToBackgroundParsed['type']]: (
    message: Extract<ToBackgroundParsed, { type: K }>,
  ) => Promise<ReplyFor[K]> | ReplyFor[K];
};

/**
 * Parses an untrusted message and dispatches it; never throws, always answers. `refuse`, when
 * given, says why this sender may not send a message of this type (checked before parsing).
 */
export async function handleMessage(
  raw: unknown,
  handlers: Handlers,
  refuse?: (type: unknown) => string | undefined,
): Promise<ReplyFor[keyof ReplyFor] | ErrorReply> {
  const refused = refuse?.(typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined);
  if (refused) return { ok: false, error: refused };
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
