import type { CoachHistory, WeekActivity, WeekSummary } from './api';
import type { CoachNotes } from './coach-notes';
import type { HistoryDB } from './db';
import type { TouchKind } from './model';
import { inTransaction } from './transaction';
import { addWeeks, DAY_MS, startOfWeek } from './weeks';

function kindRange(kind: TouchKind, from: number, to: number): IDBKeyRange {
  return IDBKeyRange.bound([kind, from], [kind, to], false, true);
}

export async function weekSummary(db: HistoryDB, now: number): Promise<WeekSummary> {
  const weekStart = startOfWeek(now);
  const range = IDBKeyRange.bound(weekStart, addWeeks(weekStart, 1), false, true);
  return inTransaction(db, ['touches'], 'readonly', 'summarise this week', async (tx) => {
    const summary: WeekSummary = { weekStart, requests: 0, requestsWithNote: 0, relationalNotes: 0, followUpsDone: 0 };
    // A week's touches are few: reading them whole is cheaper than one count per figure.
    for (const touch of await tx.objectStore('touches').index('by-at').getAll(range)) {
      const hasNote = Boolean(touch.note?.trim());
      if (touch.kind === 'invitation') {
        summary.requests += 1;
        if (hasNote) summary.requestsWithNote += 1;
      }
      if (touch.kind === 'follow-up') summary.followUpsDone += 1;
      if (hasNote && touch.analysis?.verdict === 'relational') summary.relationalNotes += 1;
    }
    return summary;
  });
}

export async function activityByWeek(db: HistoryDB, now: number, weeks: number): Promise<WeekActivity[]> {
  if (weeks <= 0) return [];
  const current = startOfWeek(now);
  const starts = Array.from({ length: weeks }, (_, index) => addWeeks(current, index - weeks + 1));
  return inTransaction(db, ['touches'], 'readonly', 'count your activity by week', (tx) => {
    const byKindAt = tx.objectStore('touches').index('by-kind-at');
    // Counts walk index keys only, never the touches themselves.
    return Promise.all(
      starts.map(async (weekStart) => {
        const weekEnd = addWeeks(weekStart, 1);
        const [requests, messages, followUps] = await Promise.all(
          (['invitation', 'message', 'follow-up'] as const).map((kind) => byKindAt.count(kindRange(kind, weekStart, weekEnd))),
        );
        return { weekStart, requests: requests ?? 0, messages: messages ?? 0, followUps: followUps ?? 0 };
      }),
    );
  });
}

export async function coachHistory(db: HistoryDB, notes: CoachNotes, now: number): Promise<CoachHistory> {
  return inTransaction(db, ['touches', 'meta'], 'readonly', 'read your past notes for the coach', async (tx) => {
    const touches = tx.objectStore('touches');
    const invitationsSince = (from: number) =>
      touches.index('by-kind-at').count(IDBKeyRange.bound(['invitation', from], ['invitation', Infinity], true));
    const [recentNotes, sentLast24h, sentLast7d] = await Promise.all([
      notes.read(tx),
      invitationsSince(now - DAY_MS),
      invitationsSince(now - 7 * DAY_MS),
    ]);
    return { recentNotes, sentLast24h, sentLast7d };
  });
}
