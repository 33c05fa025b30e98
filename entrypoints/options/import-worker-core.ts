import type { HistoryTransfer } from '@/utils/history/api';
import type { ExportFile } from '@/utils/your-data/export-file';
import { readImportFile } from '@/utils/your-data/transfer';
import { importCommandSchema, type ImportReply } from './import-protocol';
import { exportedWhen } from './exported-when';
import { withStore } from './with-store';

type OpenStore = () => Promise<HistoryTransfer & { close(): void }>;

/**
 * The import worker's side: it reads and checks the whole file off the page's thread, compares it
 * with the history, and keeps it until the page says to write it (or ends the worker). No browser
 * extension API here: a worker has none, only IndexedDB.
 */
export function importWorkerCore(openStore: OpenStore): (message: unknown) => Promise<ImportReply> {
  let held: ExportFile | undefined;

  return async (message) => {
    const command = importCommandSchema.safeParse(message);
    if (!command.success) return { type: 'failed', error: 'The import was asked to do something it does not do.' };
    try {
      if (command.data.type === 'check') {
        held = undefined;
        const parsed = await readImportFile(command.data.file);
        if (!parsed.ok) return { type: 'refused', error: parsed.error, problems: parsed.problems };
        const { exportedAt, settings, contacts, touches } = parsed.file;
        const counts = await withStore(openStore, (store) => store.planImport({ contacts, touches }));
        held = parsed.file;
        return { type: 'checked', exported: exportedWhen(exportedAt), contacts: contacts.length, touches: touches.length, counts, settings };
      }
      const file = held;
      if (!file) return { type: 'failed', error: 'There is no checked file to import: choose the file again.' };
      held = undefined;
      const counts = await withStore(openStore, (store) => store.importAll({ contacts: file.contacts, touches: file.touches }));
      return { type: 'written', counts };
    } catch (error) {
      return { type: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  };
}
