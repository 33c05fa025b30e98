import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, openHistoryDb } from './db';
import { uniqueDatabaseName } from './test-fixtures';

/** A connection as an old copy of the code might hold it: it never answers `versionchange`. */
function openDeaf(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('opening the history while an old connection holds it', () => {
  it('fails with a message that says what to do, instead of waiting forever', async () => {
    const name = uniqueDatabaseName('blocked');
    (await openHistoryDb({ name, version: 1 })).close();
    const deaf = await openDeaf(name, 1);
    const opened = openHistoryDb({ name, version: 2 });
    await expect(opened).rejects.toThrow(BLOCKED_MESSAGE);
    expect(BLOCKED_MESSAGE).toMatch(/Close the other Cultivate pages, or restart the browser/);
    deaf.close();
  });

  it('opens once the old connection is gone', async () => {
    const name = uniqueDatabaseName('unblocked');
    (await openHistoryDb({ name, version: 1 })).close();
    const deaf = await openDeaf(name, 1);
    await expect(openHistoryDb({ name, version: 2 })).rejects.toThrow(/holding your history open/);
    deaf.close();
    const db = await openHistoryDb({ name, version: 2 });
    expect(db.version).toBe(2);
    db.close();
  });

  it('an open of ours does not block an upgrade: it steps aside and says so', async () => {
    const name = uniqueDatabaseName('steps-aside');
    let closed = 0;
    const old = await openHistoryDb({ name, version: 1, onClosed: () => (closed += 1) });
    const db = await openHistoryDb({ name, version: 2 });
    expect(closed).toBe(1);
    expect(db.version).toBe(2);
    db.close();
    old.close();
  });
});
