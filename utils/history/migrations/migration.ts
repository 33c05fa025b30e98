import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryDBSchema } from '../db';

/**
 * One schema step, from version N-1 to N, run inside the upgrade transaction. Typed against the
 * current schema: a migration that reads older records should treat them as `unknown` and check.
 */
export interface Migration {
  /** The version this migration produces. */
  version: number;
  /** Shown in errors, e.g. "001-initial". */
  name: string;
  migrate(
    db: IDBPDatabase<HistoryDBSchema>,
    tx: IDBPTransaction<HistoryDBSchema, StoreNames<HistoryDBSchema>[], 'versionchange'>,
  ): void | Promise<void>;
}
