import { openDB, unwrap } from 'idb';
import { openHistoryDb, type HistoryDBSchema } from '../db';
import { runMigrations } from './index';

// For migration tests: build a database as an older version left it, then open it with today's
// code and compare. A test of `002` reads:
//
//   await createDatabaseAt(name, 1, { contacts: [v1Contact], touches: [v1Touch] });
//   const after = await dumpDatabase(name, 2);
//   expect(after.contacts).toEqual([{ ...v1Contact, addedIn002: … }]);

/** Records per store name, exactly as stored. */
export type StoreContents = Record<string, unknown[]>;

/**
 * Creates database `name` at `version` (running migrations 1…`version` only) holding `data`,
 * written through raw IndexedDB without any checks, so records can have an old version's shape.
 */
export async function createDatabaseAt(name: string, version: number, data: StoreContents): Promise<void> {
  let migrating: Promise<void> = Promise.resolve();
  const db = await openDB<HistoryDBSchema>(name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      migrating = runMigrations(database, tx, oldVersion, version);
    },
  });
  try {
    await migrating;
    const raw = unwrap(db);
    const stores = Object.keys(data);
    if (stores.length === 0) return;
    const tx = raw.transaction(stores, 'readwrite');
    for (const store of stores) {
      for (const record of data[store] ?? []) tx.objectStore(store).put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error(`writing test data into ${name} was aborted`));
    });
  } finally {
    db.close();
  }
}

/**
 * Opens `name` with today's code at `version` (upgrading it if older) and returns every record of
 * every store, in key order. Test-only: reading whole stores is what the store itself never does.
 */
export async function dumpDatabase(name: string, version?: number): Promise<StoreContents> {
  const db = await openHistoryDb({ name, version });
  try {
    const raw = unwrap(db);
    const contents: StoreContents = {};
    for (const store of Array.from(raw.objectStoreNames)) {
      contents[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = raw.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`could not read ${store}`));
      });
    }
    return contents;
  } finally {
    db.close();
  }
}
