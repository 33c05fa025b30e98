import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openHistoryDb, type HistoryDBSchema } from '../db';
import type { Contact, Touch } from '../model';
import { openHistoryStore } from '../store';
import { analysisSummary, uniqueDatabaseName } from '../test-fixtures';
import { initial } from './001-initial';
import { runMigrations } from './index';
import type { Migration } from './migration';
import { createDatabaseAt, dumpDatabase } from './testing';

function describeStores(db: IDBDatabase) {
  const tx = db.transaction(Array.from(db.objectStoreNames));
  return Object.fromEntries(
    Array.from(db.objectStoreNames, (name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries(
        Array.from(store.indexNames, (index) => {
          const { keyPath, multiEntry, unique } = store.index(index);
          return [index, { keyPath, multiEntry, unique }];
        }),
      );
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

describe('001-initial', () => {
  it('creates the contacts and touches stores with their indexes on an empty database', async () => {
    const db = await openHistoryDb({ name: uniqueDatabaseName('v0'), version: 1 });
    expect(db.version).toBe(1);
    expect(describeStores(unwrap(db))).toEqual({
      contacts: {
        keyPath: 'key',
        autoIncrement: false,
        indexes: {
          'by-last-touch': { keyPath: 'lastTouchAt', multiEntry: false, unique: false },
          'by-name': { keyPath: 'nameLower', multiEntry: false, unique: false },
          'by-name-word': { keyPath: 'nameWords', multiEntry: true, unique: false },
          'by-next-follow-up': { keyPath: 'nextFollowUpAt', multiEntry: false, unique: false },
        },
      },
      touches: {
        keyPath: 'id',
        autoIncrement: true,
        indexes: {
          'by-at': { keyPath: 'at', multiEntry: false, unique: false },
          'by-contact-at': { keyPath: ['contactKey', 'at'], multiEntry: false, unique: false },
          'by-kind-at': { keyPath: ['kind', 'at'], multiEntry: false, unique: false },
          'by-note-at': { keyPath: 'noteAt', multiEntry: false, unique: false },
        },
      },
    });
    db.close();
  });
});

describe('the migration mechanism', () => {
  const added: Migration = { version: 2, name: '002-test', migrate: (_db, tx) => void unwrap(tx).objectStore('contacts').createIndex('by-company', 'company') };
  const failing: Migration = {
    version: 3,
    name: '003-broken',
    migrate() {
      throw new Error('boom');
    },
  };

  async function openWith(name: string, version: number, migrations: readonly Migration[]) {
    return openDB<HistoryDBSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        tx.done.catch(() => undefined);
        runMigrations(database, tx, oldVersion, newVersion ?? version, migrations).catch(() => tx.abort());
      },
    });
  }

  it('runs only the migrations after the stored version, in order', async () => {
    const name = uniqueDatabaseName('steps');
    const ran: string[] = [];
    const spy = (migration: Migration): Migration => ({
      ...migration,
      migrate: (db, tx) => {
        ran.push(migration.name);
        return migration.migrate(db, tx);
      },
    });
    (await openWith(name, 1, [spy(initial), spy(added)])).close();
    expect(ran).toEqual(['001-initial']);
    const db = await openWith(name, 2, [spy(initial), spy(added)]);
    expect(ran).toEqual(['001-initial', '002-test']);
    expect(Array.from(unwrap(db).transaction('contacts').objectStore('contacts').indexNames)).toContain('by-company');
    db.close();
  });

  it('leaves the database at its old version, data intact, when a migration fails', async () => {
    const name = uniqueDatabaseName('broken');
    const contact = { key: 'linkedin.com/in/a', name: 'A', nameLower: 'a', firstContactAt: 1, stage: 'requested', lastTouchAt: 1 };
    await createDatabaseAt(name, 1, { contacts: [contact] });
    await expect(openWith(name, 3, [initial, added, failing])).rejects.toThrow();
    const after = await dumpDatabase(name, 1);
    expect(after.contacts).toEqual([contact]);
  });

  it('names the migration that failed, or the one missing', async () => {
    await expect(runMigrations({} as never, {} as never, 2, 3, [initial, added, failing])).rejects.toThrow('Migration 003-broken failed: boom');
    await expect(runMigrations({} as never, {} as never, 1, 2, [initial])).rejects.toThrow('No migration to version 2');
  });
});

describe('version 1 data', () => {
  const at = new Date(2026, 10, 20, 15, 30).getTime();
  const contacts: Contact[] = [
    {
      key: 'linkedin.com/in/hana-sato',
      name: 'Hana Satō',
      nameLower: 'hana satō',
      nameWords: ['hana', 'sato'],
      headline: 'Research engineer, Preferred Networks',
      company: 'Preferred Networks',
      profileUrl: 'https://www.linkedin.com/in/hana-sato/',
      firstContactAt: at - 86_400_000,
      stage: 'connected',
      lastTouchAt: at,
      nextFollowUpAt: at + 7 * 86_400_000,
      howWeMet: 'PyData Tokyo, the graph talk',
    },
    { key: 'name:marc dubois', name: 'Marc Dubois', nameLower: 'marc dubois', firstContactAt: at, stage: 'requested', lastTouchAt: at },
  ];
  const touches: Touch[] = [
    {
      id: 1,
      contactKey: 'linkedin.com/in/hana-sato',
      kind: 'invitation',
      surface: 'invitation',
      at: at - 86_400_000,
      note: 'Hi Hana, your PyData talk on graph sampling was the clearest I have seen.',
      analysis: analysisSummary('relational'),
      pageUrl: 'https://www.linkedin.com/in/hana-sato/',
      noteAt: at - 86_400_000,
    },
    { id: 2, contactKey: 'linkedin.com/in/hana-sato', kind: 'follow-up', surface: 'message', at, note: null, analysis: null, pageUrl: '' },
    { id: 3, contactKey: 'name:marc dubois', kind: 'invitation', surface: 'invitation', at, note: null, analysis: null, pageUrl: 'https://www.linkedin.com/search/results/people/' },
  ];

  it('written through raw IndexedDB is all readable through the store', async () => {
    const name = uniqueDatabaseName('v1-data');
    await createDatabaseAt(name, 1, { contacts, touches });
    expect(await dumpDatabase(name, 1)).toEqual({ contacts, touches });

    const store = await openHistoryStore({ name });
    for (const contact of contacts) expect(await store.contact(contact.key)).toEqual(contact);
    expect(await store.timeline('linkedin.com/in/hana-sato', 10)).toEqual([touches[1], touches[0]]);
    expect(await store.timeline('name:marc dubois', 10)).toEqual([touches[2]]);
    expect((await store.recentTouches(10)).map(({ touch }) => touch.id)).toEqual([3, 2, 1]);
    expect(await store.searchContacts('sato', 10)).toEqual([contacts[0]]);
    expect(await store.followUpsDue(at + 8 * 86_400_000, 10)).toEqual([contacts[0]]);
    store.close();
  });
});
