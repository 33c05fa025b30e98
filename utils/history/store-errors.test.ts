import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import { LATEST_VERSION } from './migrations';
import { openHistoryStore } from './store';
import { invitation, message, uniqueDatabaseName } from './test-fixtures';

const AT = new Date(2026, 10, 25, 10, 0).getTime();

afterEach(() => {
  vi.restoreAllMocks();
});

it('reports a failed transaction, saying what failed, and keeps nothing of it', async () => {
  const store = await openHistoryStore({ name: uniqueDatabaseName('failed') });
  const first = await store.recordSend(invitation('rui', 'Rui Costa', AT, 'Hi Rui'));

  // The next touch reuses the first one's id: the add fails inside the transaction.
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    return add.call(this, { ...(value as object), id: first.touch.id }, key);
  });
  const failed = store.recordSend(message('rui', 'Rui Costa', AT + 1_000, 'Thanks for accepting'));
  await expect(failed).rejects.toThrow(/^Could not record the send in your history: /);
  await expect(failed).rejects.toMatchObject({ cause: { name: 'ConstraintError' } });

  vi.restoreAllMocks();
  // The contact's update was rolled back with the touch.
  expect(await store.contact('linkedin.com/in/rui')).toEqual(first.contact);
  expect(await store.timeline('linkedin.com/in/rui', 10)).toHaveLength(1);
  store.close();
});

it('turns a full disk into a StorageFullError a person understands, and keeps nothing', async () => {
  const store = await openHistoryStore({ name: uniqueDatabaseName('full') });
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  const failed = store.recordSend(invitation('eve', 'Eve Martin', AT, 'Hi Eve'));
  await expect(failed).rejects.toBeInstanceOf(StorageFullError);
  await expect(failed).rejects.toMatchObject({
    name: 'StorageFullError',
    message: expect.stringMatching(/^Your browser's storage for Cultivate is full/),
    cause: { name: 'QuotaExceededError' },
  });

  vi.restoreAllMocks();
  expect(await store.contact('linkedin.com/in/eve')).toBeUndefined();
  expect(await store.recentTouches(10)).toEqual([]);
  store.close();
});

it('reports a quota error raised when the transaction commits, too', async () => {
  const store = await openHistoryStore({ name: uniqueDatabaseName('full-at-commit') });
  await store.recordSend(invitation('eve', 'Eve Martin', AT, 'Hi Eve'));
  // Some browsers only notice the full disk at commit: the transaction aborts with the quota error.
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = add.call(this, value, key);
    const tx = this.transaction;
    request.addEventListener('success', () => {
      Object.defineProperty(tx, 'error', { value: new DOMException('Quota exceeded at commit', 'QuotaExceededError') });
      tx.abort();
    });
    return request;
  });
  await expect(store.recordSend(message('eve', 'Eve Martin', AT + 1_000, 'Thanks'))).rejects.toBeInstanceOf(StorageFullError);
  vi.restoreAllMocks();
  expect(await store.timeline('linkedin.com/in/eve', 10)).toHaveLength(1);
  store.close();
});

it('fails to open a database newer than this code knows, saying so', async () => {
  const name = uniqueDatabaseName('newer');
  const request = indexedDB.open(name, 99);
  await new Promise((resolve) => (request.onsuccess = resolve));
  request.result.close();
  await expect(openHistoryStore({ name })).rejects.toThrow(new RegExp(`Could not open the history database "${name}" at version ${LATEST_VERSION}`));
});

it('steps aside for a newer version opened elsewhere, then fails loudly instead of misreading it', async () => {
  const name = uniqueDatabaseName('upgraded');
  const store = await openHistoryStore({ name });
  await store.recordSend(invitation('ana', 'Ana', AT, 'Hi Ana'));

  // An updated extension opens the next version: this store's connection must not block it.
  const request = indexedDB.open(name, LATEST_VERSION + 1);
  await new Promise((resolve, reject) => {
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error ?? new Error('blocked'));
  });
  request.result.close();

  await expect(store.contact('linkedin.com/in/ana')).rejects.toThrow(new RegExp(`Could not open the history database .* at version ${LATEST_VERSION}`));
  store.close();
});
