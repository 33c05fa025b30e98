import { clearSettings, readSettings, writeSettings } from '@/utils/settings/store';
import { forgetLastNotified } from '@/utils/reminders/state';
import type { HistoryTransfer, ImportCounts } from '@/utils/history/api';
import type { ExportFile } from './export-file';
import { buildExport, exportFileName, readImportFile, serializeExport } from './transfer';

// Everything the person owns, as one: the history (IndexedDB), the settings (extension storage)
// and what the reminders remember. This module sits above all three; none of them imports it.

export interface ExportedFile {
  name: string;
  text: string;
  contacts: number;
  touches: number;
}

export async function exportEverything(store: HistoryTransfer, now: number): Promise<ExportedFile> {
  const [data, { settings }] = await Promise.all([store.exportAll(), readSettings()]);
  const file = buildExport(data, settings, now);
  return { name: exportFileName(now), text: serializeExport(file), contacts: data.contacts.length, touches: data.touches.length };
}

export type PreparedImport =
  | { ok: true; file: ExportFile; counts: ImportCounts }
  | { ok: false; error: string; problems: string[] };

/** Reads and checks the whole file and says what importing it would do; writes nothing. */
export async function prepareImport(store: HistoryTransfer, chosen: Blob): Promise<PreparedImport> {
  const parsed = await readImportFile(chosen);
  if (!parsed.ok) return parsed;
  const { contacts, touches } = parsed.file;
  return { ok: true, file: parsed.file, counts: await store.planImport({ contacts, touches }) };
}

/**
 * Contacts and touches first, in one transaction (all or nothing); then the settings. If the
 * settings cannot be saved, the history is imported and the error says the settings were not.
 */
export async function applyImport(store: HistoryTransfer, file: ExportFile): Promise<ImportCounts> {
  const counts = await store.importAll({ contacts: file.contacts, touches: file.touches });
  try {
    await writeSettings(file.settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Your history was imported, but your settings could not be saved: ${reason}`, { cause: error });
  }
  return counts;
}

/** Empties the history, then removes the settings and what the reminders remembered. */
export async function deleteEverything(store: HistoryTransfer): Promise<void> {
  await store.deleteAll();
  await Promise.all([clearSettings(), forgetLastNotified()]);
}
