import type { HistoryStore, HistoryTransfer } from './api';
import { createCoachNotes } from './coach-notes';
import { HISTORY_DB_NAME, openHistoryDb, type HistoryDB } from './db';
import { deleteAll, exportAll, importAll, planImport } from './store-data';
import { activityByWeek, coachHistory, weekSummary } from './stats';
import { contact, countFollowUpsDue, followUpsDue, recentPeople, recentTouches, searchContacts, timeline } from './store-reads';
import { markFollowUpDone, recordSend, setHowWeMet, setStage, snoozeFollowUp } from './store-writes';

export const DEFAULT_FOLLOW_UP_DELAY_DAYS = 7;

export interface HistoryStoreOptions {
  /** The database name; tests use their own. */
  name?: string;
  /**
   * Days between an accepted invitation and the reminder to follow up; a function is asked at each
   * change of stage, so a page can follow the person's setting as it changes.
   */
  followUpDelayDays?: number | (() => Promise<number>);
}

/** Opens the history database (creating or upgrading it) and returns the store over it. */
export async function openHistoryStore({
  name = HISTORY_DB_NAME,
  followUpDelayDays = DEFAULT_FOLLOW_UP_DELAY_DAYS,
}: HistoryStoreOptions = {}): Promise<HistoryStore & HistoryTransfer> {
  let closed = false;
  let current: Promise<HistoryDB> | undefined;

  // The connection closes itself when an updated extension opens a newer version; the next call
  // reopens (and a store from an old version of the code then fails loudly rather than misread).
  const connection = (): Promise<HistoryDB> => {
    if (closed) return Promise.reject(new Error('The history store has been closed.'));
    current ??= openHistoryDb({ name, onClosed: () => (current = undefined) }).catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  };
  await connection();
  const coachNotes = createCoachNotes();

  return {
    recordSend: async (send) => recordSend(await connection(), send),
    recentTouches: async (limit, before) => recentTouches(await connection(), limit, before),
    searchContacts: async (query, limit) => searchContacts(await connection(), query, limit),
    recentPeople: async (limit, before) => recentPeople(await connection(), limit, before),
    contact: async (key) => contact(await connection(), key),
    timeline: async (key, limit) => timeline(await connection(), key, limit),
    setStage: async (key, stage, now) => {
      const delay = typeof followUpDelayDays === 'number' ? followUpDelayDays : await followUpDelayDays();
      return setStage(await connection(), key, stage, now, delay);
    },
    setHowWeMet: async (key, howWeMet) => setHowWeMet(await connection(), key, howWeMet),
    followUpsDue: async (now, limit) => followUpsDue(await connection(), now, limit),
    countFollowUpsDue: async (now) => countFollowUpsDue(await connection(), now),
    markFollowUpDone: async (key, now) => markFollowUpDone(await connection(), key, now),
    snoozeFollowUp: async (key, until) => snoozeFollowUp(await connection(), key, until),
    weekSummary: async (now) => weekSummary(await connection(), now),
    activityByWeek: async (now, weeks) => activityByWeek(await connection(), now, weeks),
    coachHistory: async (now) => coachHistory(await connection(), coachNotes, now),
    exportAll: async () => exportAll(await connection()),
    planImport: async (data) => planImport(await connection(), data),
    importAll: async (data) => importAll(await connection(), data),
    deleteAll: async () => deleteAll(await connection()),
    close() {
      closed = true;
      const open = current;
      current = undefined;
      // A failure to open was already reported to whoever was waiting for the connection.
      open?.then((db) => db.close()).catch(() => undefined);
    },
  };
}
