import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../db';
import { uniqueDatabaseName } from '../test-fixtures';
import { LATEST_VERSION } from './index';
import { createDatabaseAt, dumpDatabase } from './testing';

describe('002-meta', () => {
  it('is the latest version today', () => {
    expect(LATEST_VERSION).toBe(2);
  });

  it('adds an empty meta store with out-of-line keys', async () => {
    const db = await openHistoryDb({ name: uniqueDatabaseName('v2'), version: 2 });
    const meta = unwrap(db).transaction('meta').objectStore('meta');
    expect({ keyPath: meta.keyPath, autoIncrement: meta.autoIncrement, indexes: meta.indexNames.length }).toEqual({
      keyPath: null,
      autoIncrement: false,
      indexes: 0,
    });
    db.close();
  });

  it('keeps version 1 contacts and touches as they were', async () => {
    const name = uniqueDatabaseName('v1-to-v2');
    const contact = { key: 'linkedin.com/in/a', name: 'A', nameLower: 'a', firstContactAt: 1, stage: 'requested', lastTouchAt: 1 };
    const touch = { id: 1, contactKey: 'linkedin.com/in/a', kind: 'invitation', surface: 'invitation', at: 1, note: null, analysis: null, pageUrl: '' };
    await createDatabaseAt(name, 1, { contacts: [contact], touches: [touch] });
    expect(await dumpDatabase(name, 2)).toEqual({ contacts: [contact], touches: [touch], meta: [] });
  });
});
