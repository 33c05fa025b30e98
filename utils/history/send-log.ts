import type { PastNote } from '@/utils/coach/schema';
import type { SendRecord } from '@/utils/messaging/protocol';

const DAY = 24 * 60 * 60 * 1000;

/** What the coach needs from history: notes already sent (for template reuse) and the recent pace. */
export interface CoachHistory {
  recentNotes: PastNote[];
  sentLast24h: number;
  sentLast7d: number;
}

export interface SendLog {
  add(send: SendRecord): Promise<void>;
  recent(limit: number): Promise<SendRecord[]>;
  coachHistory(now: number): Promise<CoachHistory>;
}

/** Sends kept in the background's memory, newest last. Lost when the browser stops the worker. */
export function createMemorySendLog(): SendLog {
  const sends: SendRecord[] = [];
  return {
    async add(send) {
      sends.push(send);
    },
    async recent(limit) {
      return sends.slice(-limit).reverse();
    },
    async coachHistory(now) {
      const invitations = sends.filter((s) => s.surface === 'invitation');
      return {
        recentNotes: sends.flatMap((s) => (s.note ? [{ text: s.note, at: s.at }] : [])),
        sentLast24h: invitations.filter((s) => now - s.at < DAY).length,
        sentLast7d: invitations.filter((s) => now - s.at < 7 * DAY).length,
      };
    },
  };
}
