import type { HistoryTransfer, ImportCounts } from '@/utils/history/api';
import type { ExportFile } from '@/utils/your-data/export-file';
import { applyCheckedImport, applyImport, prepareImport } from '@/utils/your-data/your-data';
import { exportedWhen } from './exported-when';
import { withStore } from './with-store';
import { importReplySchema, type ImportCommand, type ImportReply } from './import-protocol';

/** What the person sees before they confirm: the file's size in people and notes, and what changes. */
export interface ImportPreview {
  /** When the file was exported, in words. */
  exported: string;
  contacts: number;
  touches: number;
  counts: ImportCounts;
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; error: string; problems: string[] };

/** One chosen file: checked whole, then written all or nothing, or let go. */
export interface Importer {
  check(file: Blob): Promise<ImportCheck>;
  /** Writes the checked file's settings and history; both or neither. */
  apply(): Promise<ImportCounts>;
  discard(): void;
}

const NOT_CHECKED = 'There is no checked file to import: choose the file again.';

/**
 * The options page's importer: a worker reads and checks the file and keeps it; the page gets a
 * summary and the file's settings (a few KB), so a 50 MB file never blocks the page.
 */
export function importInWorker(): Importer {
  let worker: Worker | undefined;
  let settings: { value: unknown } | undefined;

  const call = (command: ImportCommand): Promise<ImportReply> => {
    worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const current = worker;
    return new Promise((resolve, reject) => {
      current.onmessage = (event: MessageEvent) => {
        const reply = importReplySchema.safeParse(event.data);
        if (reply.success) resolve(reply.data);
        else reject(new Error('the import gave an answer Cultivate cannot read.'));
      };
      current.onmessageerror = () => reject(new Error('the import gave an answer Cultivate cannot read.'));
      current.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(event.message || 'the import stopped.'));
      };
      current.postMessage(command);
    });
  };

  const discard = () => {
    worker?.terminate();
    worker = undefined;
    settings = undefined;
  };

  return {
    async check(file) {
      settings = undefined;
      const reply = await call({ type: 'check', file });
      if (reply.type === 'refused') return { ok: false, error: reply.error, problems: reply.problems };
      if (reply.type !== 'checked') throw new Error(reply.type === 'failed' ? reply.error : 'the import answered out of turn.');
      settings = { value: reply.settings };
      const { exported, contacts, touches, counts } = reply;
      return { ok: true, preview: { exported, contacts, touches, counts } };
    },
    async apply() {
      if (!settings) throw new Error(NOT_CHECKED);
      try {
        return await applyCheckedImport(settings.value, async () => {
          const reply = await call({ type: 'write' });
          if (reply.type === 'written') return reply.counts;
          throw new Error(reply.type === 'failed' ? reply.error : 'the import answered out of turn.');
        });
      } finally {
        discard();
      }
    },
    discard,
  };
}

/** Checks and writes on the page's own thread: for component tests, where there are no workers. */
export function importHere(openStore: () => Promise<HistoryTransfer & { close(): void }>): Importer {
  let held: ExportFile | undefined;
  return {
    async check(chosen) {
      held = undefined;
      const prepared = await withStore(openStore, (store) => prepareImport(store, chosen));
      if (!prepared.ok) return prepared;
      const { file, counts } = prepared;
      held = file;
      return { ok: true, preview: { exported: exportedWhen(file.exportedAt), contacts: file.contacts.length, touches: file.touches.length, counts } };
    },
    async apply() {
      const file = held;
      if (!file) throw new Error(NOT_CHECKED);
      held = undefined;
      return withStore(openStore, (store) => applyImport(store, file));
    },
    discard() {
      held = undefined;
    },
  };
}
