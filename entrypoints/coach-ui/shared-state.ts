import { ask } from '@/utils/messaging/client';
import type { CoachHistory } from '@/utils/history/api';
import { analyze } from '@/utils/coach';
import type { SecondReader } from '@/utils/coach/second-reader';
import { logDebug } from '@/utils/log';

import type { Settings } from '@/utils/settings/schema';
import type { Surface } from '@/utils/coach';

/** What every session on the page shares: the person's settings (goals, offers, muted rules). */
export interface SharedState {
  settings: Settings;
  /**
   * False until the person's settings have been read (or could not be): until then nothing is
   * shown, so no one is coached with the defaults instead of their own choices (a muted check
   * flashing, a pause they asked for skipped).
   */
  settingsRead: boolean;
  /** The word model's second reading, once it has loaded for this page; until then the rules read alone. */
  secondReader?: SecondReader;
  /** Tells the person a send went out but could not be added to the history. */
  notRecorded?: (send: { surface: Surface; name?: string }) => void;
}

/** The coach's view of history (past notes, pace), asked of the background once per draft. */
export async function loadHistory(): Promise<CoachHistory | undefined> {
  try {
    const { ok: _ok, type: _type, ...history } = await ask({ type: 'to-background:coach-context', now: Date.now() });
    await warmUp(history);
    return history;
  } catch (error) {
    logDebug('coaching without history', error);
    return undefined;
  }
}

/**
 * The coach's first look at thousands of past notes (their signatures for template reuse) takes a
 * noticeable moment. Take it while the page is idle, before the history reaches the panel, rather
 * than on the person's next keystroke; later analyses reuse the signatures.
 */
async function warmUp(history: CoachHistory): Promise<void> {
  if (history.recentNotes.length === 0) return;
  await new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1_000 })
      : setTimeout(resolve, 0),
  );
  // The rules alone: only they keep a cache (the past notes' signatures) to warm; the word model keeps none.
  analyze(
    { text: 'Warming up the coach with the notes you already sent.' },
    { recentNotes: history.recentNotes, now: Date.now() },
  );
}
