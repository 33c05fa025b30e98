import { browser } from 'wxt/browser';
import type { ErrorReply, ReplyFor, ToBackground } from './protocol';

// The client imports no zod: it runs in the content script on every LinkedIn page, where size
// matters, and the background parses everything it receives anyway.

function isErrorReply(reply: unknown): reply is ErrorReply {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === false;
}

/** Sends one typed message to the background and returns its reply, or throws its error. */
export async function ask<M extends ToBackground>(message: M): Promise<ReplyFor[M['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isErrorReply(reply)) throw new Error(String(reply.error));
  if (typeof reply !== 'object' || reply === null) throw new Error('The background did not answer.');
  return reply as ReplyFor[M['type']];
}
