import { ask } from '@/utils/messaging/client';
import type { CoachHistory } from '@/utils/history/send-log';
import { logDebug } from '@/utils/log';

import type { Settings } from '@/utils/settings/schema';

/** What every session on the page shares: the person's settings (goals, offers, muted rules). */
export interface SharedState {
  settings: Settings;
}

/** The coach's view of history (past notes, pace), asked of the background once per draft. */
export async function loadHistory(): Promise<CoachHistory | undefined> {
  try {
    const reply = await ask({ type: 'to-background:coach-context', now: Date.now() });
    return { recentNotes: reply.recentNotes, sentLast24h: reply.sentLast24h, sentLast7d: reply.sentLast7d };
  } catch (error) {
    logDebug('coaching without history', error);
    return undefined;
  }
}
