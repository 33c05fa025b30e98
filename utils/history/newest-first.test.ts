import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHistoryStore } from './store';
import { LAST_NOTE_LOOKBACK } from './store-reads';
import { invitation, uniqueDatabaseName } from './test-fixtures';
import { DAY_MS } from './weeks';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

type GetAllRecordsOptions = { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection };

/** getAllRecords as Chromium has it, built on a cursor, counting its calls (fake-indexeddb lacks it). */
function emulateGetAllRecords() {
  const calls: GetAllRecordsOptions[] = [];
  const proto = IDBIndex.prototype as IDBIndex & { getAllRecords?: unknown };
  proto.getAllRecords = function (this: IDBIndex, options: GetAllRecordsOptions) {
    calls.push(options);
    const results: Array<{ key: IDBValidKey; primaryKey: IDBValidKey; value: unknown }> = [];
    const cursorRequest = this.openCursor(options.query ?? null, options.direction ?? 'next');
    const request = { result: results, error: null, onsuccess: null, onerror: null } as unknown as IDBRequest;
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (cursor && results.length < (options.count ?? Infinity)) {
        results.push({ key: cursor.key, primaryKey: cursor.primaryKey, value: cursor.value });
        cursor.continue();
      } else request.onsuccess?.(new Event('success'));
    };
    return request;
  };
  return calls;
}

afterEach(() => {
  delete (IDBIndex.prototype as { getAllRecords?: unknown }).getAllRecords;
  vi.restoreAllMocks();
});

describe('the newest people in one request', () => {
  it('asks getAllRecords for the newest page, highest key first, and lists the same people as the cursor', async () => {
    const store = await openHistoryStore({ name: uniqueDatabaseName('newest') });
    try {
      for (const [i, name] of ['Ana Souza', 'Kwame Mensah', 'Fatima Haddad', 'Li Wei'].entries())
        await store.recordSend(invitation(name.split(' ')[0]!.toLowerCase(), name, NOW - (10 - i) * DAY_MS, `Hi, note ${i}.`));
      const byCursor = await store.recentPeople(3);

      const calls = emulateGetAllRecords();
      const byRequest = await store.recentPeople(3);
      const olderPage = await store.recentPeople(3, byRequest[1]!.contact.lastTouchAt);

      // A page of people, then each one's few newest touches: one request per person, no cursor steps.
      const pages = calls.filter((call) => call.count === 3);
      expect(pages).toEqual([
        { query: null, count: 3, direction: 'prev' },
        expect.objectContaining({ count: 3, direction: 'prev' }),
      ]);
      expect(calls.filter((call) => call.count === LAST_NOTE_LOOKBACK && call.direction === 'prev')).toHaveLength(3 + 2);
      expect(byRequest.map((person) => person.contact.name)).toEqual(['Li Wei', 'Fatima Haddad', 'Kwame Mensah']);
      expect(byRequest).toEqual(byCursor);
      expect(olderPage.map((person) => person.contact.name)).toEqual(['Kwame Mensah', 'Ana Souza']);
    } finally {
      store.close();
    }
  });
});
