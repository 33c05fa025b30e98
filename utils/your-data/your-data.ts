import { settingsSchema } from '@/utils/settings/schema';
import { clearSettings, readSettings, restoreSettings, snapshotSettings, writeSettings } from '@/utils/settings/store';
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

/** Writes a checked file: its settings, and its contacts and touches in one transaction. */
export function applyImport(store: HistoryTransfer, file: ExportFile): Promise<ImportCounts> {
  return applyCheckedImport(file.settings, () => store.importAll({ contacts: file.contacts, touches: file.touches }));
}

/**
 * All or nothing: the settings are checked (the schema holds them to what storage keeps) before
 * anything is written; then they are saved, and `writeHistory` writes the contacts and touches
 * (in one transaction, wherever the file was checked). If that fails, the settings as they were
 * are put back.
 */
export async function applyCheckedImport(fileSettings: unknown, writeHistory: () => Promise<ImportCounts>): Promise<ImportCounts> {
  const settings = settingsSchema.safeParse(fileSettings);
  if (!settings.success) throw new Error(`Nothing was imported: the file's settings cannot be kept. ${settings.error.issues[0]?.message ?? ''}`);
  const before = await snapshotSettings();
  await writeSettings(settings.data);
  try {
    return await writeHistory();
  } catch (error) {
    await restoreSettings(before).catch((restoreError: unknown) => console.error('Cultivate: could not put your settings back', restoreError));
    throw error;
  }
}

/** Empties the history, then removes the settings and what the reminders remembered. */
export async function deleteEverything(store: HistoryTransfer): Promise<void> {
  await store.deleteAll();
  await Promise.all([clearSettings(), forgetLastNotified()]);
}
