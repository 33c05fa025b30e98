import type { Analysis, Recipient, Surface } from '@/utils/coach';
import { ask } from '@/utils/messaging/client';
import type { PageSend } from '@/utils/messaging/protocol';
import { summarize } from '@/utils/messaging/summarize';
import { logDebug } from '@/utils/log';
import { clipSend } from './clip-send';

/** Waits between tries of a send the background did not record (a sleeping worker, a busy disk). */
export const RETRY_DELAYS_MS = [1_000, 4_000] as const;

export interface RecordOptions {
  /** Called once every try has failed: the send is not in the history. */
  onNotRecorded?: (error: unknown) => void;
  /** For tests: how to wait before the next try. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Tells the background what was just sent, with how the coach read it as the person saw it,
 * clipped to what the history keeps (a long name is shortened, never a reason to lose the send).
 * Tries again after a failure; never throws.
 */
export async function recordSend(
  surface: Surface,
  recipient: Recipient,
  note: string | null,
  analysis: Analysis,
  { onNotRecorded, wait = sleep }: RecordOptions = {},
): Promise<boolean> {
  const send: PageSend = clipSend({
    surface,
    recipient,
    note,
    analysis: summarize(analysis),
    pageUrl: location.origin + location.pathname,
  });
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await wait(RETRY_DELAYS_MS[attempt - 1]!);
    try {
      await ask({ type: 'to-background:record-send', send });
      return true;
    } catch (error) {
      lastError = error;
      logDebug(`could not record a send (try ${attempt + 1})`, error);
    }
  }
  onNotRecorded?.(lastError);
  return false;
}
