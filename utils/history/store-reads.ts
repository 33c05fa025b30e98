import type { RecentPerson, TouchWithContact } from './api';
import type { HistoryDB } from './db';
import { withCurrentRules } from './current-rules';
import type { Contact, Touch } from './model';
import { nameWords } from './name-words';
import { newestFirst } from './newest-first';
import { inTransaction } from './transaction';

/** How many matches of one search term are ranked: a one-letter term in a huge history ranks only the first this many, alphabetically. */
const SEARCH_SCAN_LIMIT = 1_000;

function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

export async function recentTouches(db: HistoryDB, limit: number, before?: number): Promise<TouchWithContact[]> {
  if (limit <= 0) return [];
  return inTransaction(db, ['touches', 'contacts'], 'readonly', 'read your recent history', async (tx) => {
    const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
    const touches: Touch[] = [];
    let cursor = await tx.objectStore('touches').index('by-at').openCursor(range, 'prev');
    while (cursor) {
      touches.push(withCurrentRules(cursor.value));
      if (touches.length >= limit) break;
      cursor = await cursor.continue();
    }
    const contacts = tx.objectStore('contacts');
    const keys = [...new Set(touches.map((touch) => touch.contactKey))];
    const found = new Map(await Promise.all(keys.map(async (key) => [key, await contacts.get(key)] as const)));
    return touches.map((touch) => {
      const contact = found.get(touch.contactKey);
      if (!contact) throw new Error(`touch ${touch.id} refers to a missing contact "${touch.contactKey}"`);
      return { touch, contact };
    });
  });
}

/** How many of a person's newest touches are read to find the last note: a bound, not a scan. */
export const LAST_NOTE_LOOKBACK = 5;

function hasNote(touch: Touch): boolean {
  return Boolean(touch.note?.trim());
}

export async function recentPeople(db: HistoryDB, limit: number, before?: number): Promise<RecentPerson[]> {
  if (limit <= 0) return [];
  return inTransaction(db, ['contacts', 'touches'], 'readonly', 'read your recent connections', async (tx) => {
    const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
    const contacts = await newestFirst(tx.objectStore('contacts').index('by-last-touch'), range, limit);
    const byContactAt = tx.objectStore('touches').index('by-contact-at');
    // Each person's few newest touches in one request (getAllRecords where the browser has it), all
    // in flight at once: IndexedDB answers them in order within the one transaction.
    return Promise.all(
      contacts.map(async (contact): Promise<RecentPerson> => {
        const range = IDBKeyRange.bound([contact.key, -Infinity], [contact.key, Infinity]);
        const newest = await newestFirst(byContactAt, range, LAST_NOTE_LOOKBACK);
        const [latest] = newest;
        const lastNote = newest.find(hasNote);
        return {
          contact,
          latest: latest && withCurrentRules(latest),
          lastNote: lastNote && withCurrentRules(lastNote),
        };
      }),
    );
  });
}

export async function searchContacts(db: HistoryDB, query: string, limit: number): Promise<Contact[]> {
  const whole = query.trim().toLowerCase();
  const words = nameWords(query);
  if (!whole || limit <= 0) return [];
  return inTransaction(db, ['contacts'], 'readonly', `search your contacts for "${query}"`, async (tx) => {
    const contacts = tx.objectStore('contacts');
    const matches = new Map<string, Contact>();
    for (const contact of await contacts.index('by-name').getAll(prefixRange(whole), SEARCH_SCAN_LIMIT)) {
      matches.set(contact.key, contact);
    }
    const byWord = contacts.index('by-name-word');
    const [firstWord, ...otherWords] = words;
    if (firstWord !== undefined && otherWords.length === 0) {
      for (const contact of await byWord.getAll(prefixRange(firstWord), SEARCH_SCAN_LIMIT)) matches.set(contact.key, contact);
    } else if (firstWord !== undefined) {
      // Every word of the query must start some word of the name: intersect keys, then read only those.
      const keySets = await Promise.all(words.map(async (word) => new Set(await byWord.getAllKeys(prefixRange(word), SEARCH_SCAN_LIMIT))));
      const [smallest, ...others] = keySets.sort((a, b) => a.size - b.size);
      const keys = [...(smallest ?? [])].filter((key) => !matches.has(key) && others.every((set) => set.has(key)));
      for (const contact of await Promise.all(keys.map((key) => contacts.get(key)))) {
        if (contact) matches.set(contact.key, contact);
      }
    }
    return [...matches.values()].sort((a, b) => b.lastTouchAt - a.lastTouchAt).slice(0, limit);
  });
}

export function contact(db: HistoryDB, key: string): Promise<Contact | undefined> {
  return inTransaction(db, ['contacts'], 'readonly', `read the contact ${key}`, (tx) => tx.objectStore('contacts').get(key));
}

export async function timeline(db: HistoryDB, key: string, limit: number): Promise<Touch[]> {
  if (limit <= 0) return [];
  return inTransaction(db, ['touches'], 'readonly', `read your history with ${key}`, async (tx) => {
    const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
    const touches: Touch[] = [];
    let cursor = await tx.objectStore('touches').index('by-contact-at').openCursor(range, 'prev');
    while (cursor) {
      touches.push(withCurrentRules(cursor.value));
      if (touches.length >= limit) break;
      cursor = await cursor.continue();
    }
    return touches;
  });
}

export async function followUpsDue(db: HistoryDB, now: number, limit: number): Promise<Contact[]> {
  if (limit <= 0) return [];
  return inTransaction(db, ['contacts'], 'readonly', 'read the follow-ups due', (tx) =>
    tx.objectStore('contacts').index('by-next-follow-up').getAll(IDBKeyRange.upperBound(now), limit),
  );
}

export function countFollowUpsDue(db: HistoryDB, now: number): Promise<number> {
  return inTransaction(db, ['contacts'], 'readonly', 'count the follow-ups due', (tx) =>
    tx.objectStore('contacts').index('by-next-follow-up').count(IDBKeyRange.upperBound(now)),
  );
}
