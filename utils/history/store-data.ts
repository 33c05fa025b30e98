import type { IDBPTransaction } from 'idb';
import type { ImportCounts } from './api';
import type { HistoryDB, HistoryDBSchema } from './db';
import type { HistoryData } from './history-data';
import { exportedContact, exportedTouch, sameContact, storedContact, storedTouch, touchSignature } from './export-records';
import { inTransaction } from './transaction';

// Everything at once: export, import and delete. The only code that reads or writes whole stores.

type DataTx = IDBPTransaction<HistoryDBSchema, ('contacts' | 'touches' | 'meta')[], IDBTransactionMode>;

interface Classified {
  counts: ImportCounts;
  /** Per contact in the file: whether writing it changes anything. */
  contactChanges: boolean[];
  /** Per touch in the file: whether it is not yet in the history. */
  touchIsNew: boolean[];
}

/** What importing `data` would do to the history as it stands in `tx`; reads only. */
async function classify(tx: DataTx, data: HistoryData): Promise<Classified> {
  const contacts = tx.objectStore('contacts');
  const touches = tx.objectStore('touches');
  const counts: ImportCounts = { newContacts: 0, replacedContacts: 0, unchangedContacts: 0, newTouches: 0, knownTouches: 0 };

  const existing = await Promise.all(data.contacts.map((contact) => contacts.get(contact.key)));
  const contactChanges = data.contacts.map((contact, index) => {
    const stored = existing[index];
    if (!stored) counts.newContacts += 1;
    else if (sameContact(stored, contact)) counts.unchangedContacts += 1;
    else counts.replacedContacts += 1;
    return !stored || !sameContact(stored, contact);
  });

  // A touch already in the history (same contact, time and content) is not added twice, so
  // importing the same file again changes nothing. Identical touches are matched one to one.
  const touchIsNew = data.touches.map(() => true);
  if ((await touches.count()) > 0) {
    const groups = new Map<string, number[]>();
    data.touches.forEach((touch, index) => {
      const group = JSON.stringify([touch.contactKey, touch.at]);
      groups.set(group, [...(groups.get(group) ?? []), index]);
    });
    const byContactAt = touches.index('by-contact-at');
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const first = data.touches[indexes[0] ?? -1];
        if (!first) return;
        const remaining = new Map<string, number>();
        for (const stored of await byContactAt.getAll([first.contactKey, first.at])) {
          const signature = touchSignature(stored);
          remaining.set(signature, (remaining.get(signature) ?? 0) + 1);
        }
        for (const index of indexes) {
          const signature = touchSignature(data.touches[index]!);
          const left = remaining.get(signature) ?? 0;
          if (left > 0) {
            remaining.set(signature, left - 1);
            touchIsNew[index] = false;
          }
        }
      }),
    );
  }
  for (const isNew of touchIsNew) counts[isNew ? 'newTouches' : 'knownTouches'] += 1;
  return { counts, contactChanges, touchIsNew };
}

/** Every store that caches what it read (the coach's notes) reloads when this number moves. */
async function bumpGeneration(tx: IDBPTransaction<HistoryDBSchema, ('contacts' | 'touches' | 'meta')[], 'readwrite'>) {
  const meta = tx.objectStore('meta');
  await meta.put(((await meta.get('generation')) ?? 0) + 1, 'generation');
}

export function exportAll(db: HistoryDB): Promise<HistoryData> {
  return inTransaction(db, ['contacts', 'touches'], 'readonly', 'read your history for the export', async (tx) => {
    const [contacts, touches] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('touches').getAll()]);
    return { contacts: contacts.map(exportedContact), touches: touches.map(exportedTouch) };
  });
}

export function planImport(db: HistoryDB, data: HistoryData): Promise<ImportCounts> {
  return inTransaction(db, ['contacts', 'touches', 'meta'], 'readonly', 'compare the file with your history', async (tx) => {
    return (await classify(tx, data)).counts;
  });
}

/** Adds and replaces in ONE transaction: if any write fails, none is kept. */
export function importAll(db: HistoryDB, data: HistoryData): Promise<ImportCounts> {
  return inTransaction(db, ['contacts', 'touches', 'meta'], 'readwrite', 'import the file into your history', async (tx) => {
    const { counts, contactChanges, touchIsNew } = await classify(tx, data);
    const contacts = tx.objectStore('contacts');
    const touches = tx.objectStore('touches');
    const writes: Promise<unknown>[] = [];
    // If one write throws, the transaction aborts and every other write rejects: those rejections
    // are expected, and the first failure is the one reported.
    const write = (pending: Promise<unknown>) => writes.push(pending);
    try {
      data.contacts.forEach((contact, index) => {
        if (contactChanges[index]) write(contacts.put(storedContact(contact)));
      });
      data.touches.forEach((touch, index) => {
        if (touchIsNew[index]) write(touches.add(storedTouch(touch)));
      });
      write(bumpGeneration(tx));
    } catch (error) {
      for (const pending of writes) pending.catch(() => undefined);
      throw error;
    }
    await Promise.all(writes);
    return counts;
  });
}

export function deleteAll(db: HistoryDB): Promise<void> {
  return inTransaction(db, ['contacts', 'touches', 'meta'], 'readwrite', 'delete your history', async (tx) => {
    await Promise.all([tx.objectStore('contacts').clear(), tx.objectStore('touches').clear(), bumpGeneration(tx)]);
  });
}
