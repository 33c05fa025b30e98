import { browser } from 'wxt/browser';
import { errorReplySchema, type ReplyFor, type ToBackground } from './protocol';

/** Sends one typed message to the background and returns its reply, or throws its error. */
export async function ask<M extends ToBackground>(message: M): Promise<ReplyFor[M['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  const failure = errorReplySchema.safeParse(reply);
  if (failure.success) throw new Error(failure.data.error);
  return reply as ReplyFor[M['type']];
}
