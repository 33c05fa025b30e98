import type { IDBPTransaction, StoreNames } from 'idb';
import type { HistoryDB, HistoryDBSchema } from './db';
import { describeFailure } from './errors';

type Stores = StoreNames<HistoryDBSchema>[];

/**
 * Runs `body` in one transaction and resolves once it has committed. Any failure (a request, the
 * body's own code, the commit) aborts the transaction, so nothing half-done is kept, and rejects
 * with an Error naming `action`.
 */
export async function inTransaction<S extends Stores, M extends IDBTransactionMode, T>(
  db: HistoryDB,
  stores: S,
  mode: M,
  action: string,
  body: (tx: IDBPTransaction<HistoryDBSchema, S, M>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<HistoryDBSchema, S, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw describeFailure(action, error);
  }
  const done = tx.done;
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (error) {
    // The first error is the one to report; the abort's own rejection is expected.
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw describeFailure(action, error);
  }
}
