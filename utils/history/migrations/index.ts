import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryDBSchema } from '../db';
import { initial } from './001-initial';
import { meta } from './002-meta';
import type { Migration } from './migration';

/** In order; the next schema change appends `003-….ts` here. */
export const MIGRATIONS: readonly Migration[] = [initial, meta];

export const LATEST_VERSION = MIGRATIONS.length;

/** Runs every migration after `oldVersion` up to and including `newVersion`, in order. */
export async function runMigrations(
  db: IDBPDatabase<HistoryDBSchema>,
  tx: IDBPTransaction<HistoryDBSchema, StoreNames<HistoryDBSchema>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const migration = migrations[version - 1];
    if (!migration || migration.version !== version) {
      throw new Error(`No migration to version ${version}`);
    }
    try {
      // Synchronous migrations run without an await, inside the upgrade event itself.
      const pending = migration.migrate(db, tx);
      if (pending) await pending;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Migration ${migration.name} failed: ${reason}`, { cause: error });
    }
  }
}
