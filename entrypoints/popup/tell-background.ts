import { ask } from '@/utils/messaging/client';

/**
 * Done, Snooze or a new stage changed who is due: the background re-checks, so the toolbar badge
 * shows the new count at once. If it cannot be told, the next daily check catches up.
 */
export function followUpsChanged(): void {
  void ask({ type: 'to-background:follow-ups-changed' }).catch(() => undefined);
}
