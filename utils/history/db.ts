import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Contact, Touch, TouchKind } from './model';
import { LATEST_VERSION, runMigrations } from './migrations';

export const HISTORY_DB_NAME = 'cultivate-history';

export interface HistoryDBSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: {
      'by-last-touch': number;
      'by-name': string;
      'by-name-word': string;
      'by-next-follow-up': number;
    };
  };
  touches: {
    key: number;
    value: Touch;
    indexes: {
      'by-at': number;
      'by-contact-at': [string, number];
      'by-kind-at': [TouchKind, number];
      'by-note-at': number;
    };
  };
  /** Small records about the data itself; `generation` goes up with every import and deletion. */
  meta: {
    key: 'generation';
    value: number;
  };
}

export type HistoryDB = IDBPDatabase<HistoryDBSchema>;

export interface OpenHistoryDbOptions {
  name?: string;
  /** Defaults to the latest version; tests of a migration open older ones. */
  version?: number;
  /** Another page wants a newer version: this connection has been closed and must not be used again. */
  onClosed?: () => void;
}

/** Why the database cannot be opened while a connection that ignores `versionchange` holds it. */
export const BLOCKED_MESSAGE =
  'Another copy of Cultivate (an open tab or window from before an update) is holding your history open, so it cannot be ' +
  'updated. Close the other Cultivate pages, or restart the browser, then try again.';

/**
 * Opens (creating or upgrading as needed) the history database. An upgrade that another connection
 * blocks fails at once with BLOCKED_MESSAGE instead of waiting forever; if that connection closes
 * later, the late connection is closed again and the next open succeeds.
 */
export async function openHistoryDb({
  name = HISTORY_DB_NAME,
  version = LATEST_VERSION,
  onClosed,
}: OpenHistoryDbOptions = {}): Promise<HistoryDB> {
  let migrationFailure: Error | undefined;
  let refuseBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => (refuseBlocked = reject));
  const opening = openDB<HistoryDBSchema>(name, version, {
    upgrade(database, oldVersion, newVersion, transaction) {
      // A failed upgrade rejects openDB below; its transaction's own rejection would go unheard.
      transaction.done.catch(() => undefined);
      runMigrations(database, transaction, oldVersion, newVersion ?? version).catch((error: unknown) => {
        migrationFailure = error instanceof Error ? error : new Error(String(error));
        try {
          transaction.abort();
        } catch {
          // Already aborted by the failed request; the failure above is what gets reported.
        }
      });
    },
    blocking(_current, _wanted, event) {
      // A newer version (an updated extension) is opening: let it, and have our callers reopen.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
    blocked() {
      refuseBlocked(new Error(BLOCKED_MESSAGE));
      // Whoever waited has been told; a connection that opens after all is not theirs to use.
      void opening.then((late) => late.close(), () => undefined);
    },
  });
  try {
    return await Promise.race([opening, blocked]);
  } catch (error) {
    const cause = migrationFailure ?? error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Could not open the history database "${name}" at version ${version}: ${reason}`, { cause });
  }
}
