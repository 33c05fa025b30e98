import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { NotifiedState } from './plan';

const notifiedStateSchema = z.object({ keys: z.array(z.string().max(300)).max(1_000), at: z.number() });

/** The last follow-up notification, so the same people are not notified twice in a day. */
const lastNotifiedItem = storage.defineItem<unknown>('local:follow-up-notified', { fallback: null });

/** What was stored, or null when nothing (or something unreadable) was. */
export async function readLastNotified(): Promise<NotifiedState | null> {
  const parsed = notifiedStateSchema.safeParse(await lastNotifiedItem.getValue());
  return parsed.success ? parsed.data : null;
}

export function writeLastNotified(state: NotifiedState): Promise<void> {
  return lastNotifiedItem.setValue(state);
}

export function forgetLastNotified(): Promise<void> {
  return lastNotifiedItem.removeValue();
}
