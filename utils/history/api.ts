import type { HistoryData } from './history-data';
import type { CoachHistory, Contact, SendRecord, Stage, Touch } from './model';

export type { CoachHistory } from './model';

/** A touch with the contact it belongs to, as the popup lists it. */
export interface TouchWithContact {
  touch: Touch;
  contact: Contact;
}

/** One person as the popup's first screen lists them: the contact, their newest touch and the newest note sent to them. */
export interface RecentPerson {
  contact: Contact;
  /** The newest touch (undefined only for a contact whose touches were lost). */
  latest: Touch | undefined;
  /**
   * The newest touch with a note, looked for among the person's last few touches, so "how the last
   * note read" survives a follow-up marked done without walking a long history.
   */
  lastNote: Touch | undefined;
}

export interface WeekSummary {
  /** Start of the week (Monday 00:00 local time), epoch ms. */
  weekStart: number;
  requests: number;
  requestsWithNote: number;
  /** Notes of any kind (requests and messages) the coach read as relational. */
  relationalNotes: number;
  followUpsDone: number;
}

export interface WeekActivity {
  weekStart: number;
  requests: number;
  messages: number;
  followUps: number;
}

/**
 * The private history in IndexedDB. Opened only by the background and extension pages (never by
 * a content script: the database belongs to the origin that opens it). Every query goes through an
 * index with a limit; nothing loads the whole store.
 */
export interface HistoryStore {
  /** Records one send: upserts the contact (stage, last touch, next follow-up) and adds the touch, in one transaction. */
  recordSend(send: SendRecord): Promise<TouchWithContact>;
  /**
   * Newest first; `before` (epoch ms, exclusive) pages back from the last page's oldest time. Touches
   * sharing that exact millisecond across a page break are not shown (rare: one person, one click each).
   */
  recentTouches(limit: number, before?: number): Promise<TouchWithContact[]>;
  /**
   * Contacts whose name starts with the query, or whose name has, for every word of the query, a
   * word starting with it ("ann sm" finds Ann Smith); case- and accent-insensitive; newest touch first.
   */
  searchContacts(query: string, limit: number): Promise<Contact[]>;
  /**
   * People by their last touch, newest first, one entry each; `before` (epoch ms, exclusive) pages
   * back from the last page's oldest. Reads contacts through `by-last-touch` and a few touches per
   * person through `by-contact-at`: the cost follows `limit`, never the size of the history.
   */
  recentPeople(limit: number, before?: number): Promise<RecentPerson[]>;
  contact(key: string): Promise<Contact | undefined>;
  /** Every touch with this contact, newest first. */
  timeline(contactKey: string, limit: number): Promise<Touch[]>;
  /** Moving to `connected` (the invitation was accepted) schedules a follow-up unless one is set. */
  setStage(contactKey: string, stage: Stage, now: number): Promise<Contact>;
  setHowWeMet(contactKey: string, howWeMet: string): Promise<Contact>;
  /** Contacts with a follow-up due at or before `now`, most overdue first. */
  followUpsDue(now: number, limit: number): Promise<Contact[]>;
  /** How many contacts have a follow-up due at or before `now` (an index count: reads no contact). */
  countFollowUpsDue(now: number): Promise<number>;
  /** Records a follow-up as done (a touch of kind follow-up) and clears the reminder. */
  markFollowUpDone(contactKey: string, now: number): Promise<Contact>;
  snoozeFollowUp(contactKey: string, until: number): Promise<Contact>;
  weekSummary(now: number): Promise<WeekSummary>;
  /** The last `weeks` weeks, oldest first, the current week last. */
  activityByWeek(now: number, weeks: number): Promise<WeekActivity[]>;
  /** What the coach needs: recent notes (for template reuse) and the pace of requests. */
  coachHistory(now: number): Promise<CoachHistory>;
  close(): void;
}

/** What an import did, or would do, to the history. */
export interface ImportCounts {
  newContacts: number;
  /** Contacts already in the history whose record the file's replaces. */
  replacedContacts: number;
  /** Contacts already in the history exactly as the file has them. */
  unchangedContacts: number;
  newTouches: number;
  /** Touches already in the history (same contact, time and content): not added again. */
  knownTouches: number;
}

/**
 * The person's data as a whole: export, import, delete. Import and delete bump a generation
 * number in the database, so every open store drops what it cached (the coach's notes).
 */
export interface HistoryTransfer {
  /** Every contact (by key) and every touch (oldest id first), without the fields the store derives. */
  exportAll(): Promise<HistoryData>;
  /** What `importAll(data)` would do now; writes nothing. */
  planImport(data: HistoryData): Promise<ImportCounts>;
  /** Adds new contacts and touches and replaces contacts with the same key, in one transaction. */
  importAll(data: HistoryData): Promise<ImportCounts>;
  /** Empties contacts and touches, in one transaction. */
  deleteAll(): Promise<void>;
}
