import type { Recipient, Surface } from '@/utils/coach';
import { ask } from '@/utils/messaging/client';
import type { SendRecord } from '@/utils/history/model';
import { summarize } from '@/utils/messaging/summarize';
import { logDebug } from '@/utils/log';
import { analyzeDraft, type DraftInputs } from './analyze-draft';

/** Tells the background what was just sent, with how the coach read it. Never throws. */
export function recordSend(surface: Surface, recipient: Recipient, note: string | null, inputs: Omit<DraftInputs, 'text'>) {
  const send: SendRecord = {
    surface,
    recipient,
    note,
    analysis: summarize(analyzeDraft({ ...inputs, text: note ?? '' })),
    pageUrl: location.origin + location.pathname,
    at: Date.now(),
  };
  ask({ type: 'to-background:record-send', send }).catch((error: unknown) => logDebug('could not record a send', error));
}
