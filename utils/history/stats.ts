import type { PastNote } from '@/utils/coach/schema';
import type { CoachHistory, WeekActivity, WeekSummary } from './api';
import type { IDBPIndex } from 'idb';
import type { HistoryDB, HistoryDBSchema } from './db';
import type { TouchKind } from './model';
import { inTransaction } from './transaction';
import { addWeeks, DAY_MS, startOfWeek } from './weeks';

/** As many notes as the coach compares a draft with for template reuse. */
export const COACH_NOTES_LIMIT = 10_000;
/** The longest past note the coach's context accepts (`pastNoteSchema`). */
const COACH_NOTE_MAX_LENGTH = 10_000;

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

export async function coachHistory(db: HistoryDB, now: number): Promise<CoachHistory> {
  return inTransaction(db, ['touches'], 'readonly', 'read your past notes for the coach', async (tx) => {
    const touches = tx.objectStore('touches');
    const invitationsSince = (from: number) =>
      touches.index('by-kind-at').count(IDBKeyRange.bound(['invitation', from], ['invitation', Infinity], true));
    const [recentNotes, sentLast24h, sentLast7d] = await Promise.all([
      newestNotes(touches.index('by-note-at')),
      invitationsSince(now - DAY_MS),
      invitationsSince(now - 7 * DAY_MS),
    ]);
    return { recentNotes, sentLast24h, sentLast7d };
  });
}

type NoteIndex = IDBPIndex<HistoryDBSchema, ['touches'], 'touches', 'by-note-at', 'readonly'>;

/**
 * The newest notes, newest first. `getAll` can only read forwards, so skip to where the newest
 * `COACH_NOTES_LIMIT` begin and read from there: one request instead of a cursor step per note.
 */
async function newestNotes(index: NoteIndex): Promise<PastNote[]> {
  const total = await index.count();
  let range: IDBKeyRange | null = null;
  if (total > COACH_NOTES_LIMIT) {
    const cursor = await index.openKeyCursor();
    const boundary = await cursor?.advance(total - COACH_NOTES_LIMIT);
    if (boundary) range = IDBKeyRange.lowerBound(boundary.key);
  }
  const touches = await index.getAll(range);
  const notes: PastNote[] = [];
  for (let i = touches.length - 1; i >= 0 && notes.length < COACH_NOTES_LIMIT; i -= 1) {
    const touch = touches[i];
    if (touch?.note) notes.push({ text: touch.note.slice(0, COACH_NOTE_MAX_LENGTH), at: touch.at });
  }
  return notes;
}
