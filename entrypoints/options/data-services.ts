import type { HistoryStore, HistoryTransfer } from '@/utils/history/api';
import { openExtensionHistory } from '@/utils/history/open-for-extension';
import { ask } from '@/utils/messaging/client';
import { importInWorker, type Importer } from './importers';
import { withStore } from './with-store';

/** What "Your data" needs from the world, injectable for tests. */
export interface DataServices {
  /** Opens the history for one action; the section closes it after. */
  openStore: () => Promise<HistoryStore & HistoryTransfer>;
  now: () => number;
  /** Hands a finished export to the person as a file. */
  download: (name: string, text: string) => void;
  /** Tells the background the follow-ups may have changed (badge, reminder). */
  followUpsChanged: () => void;
  /** A new importer for one chosen file (importers.ts). */
  importer: () => Importer;
}

/** Opens the history, runs one action, and closes it again: the options page holds no connection open. */
export function withHistory<T>(services: DataServices, action: (store: HistoryTransfer) => Promise<T>): Promise<T> {
  return withStore(services.openStore, action);
}

/** A Blob, an object URL and an `<a download>`: no `downloads` permission. */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserDataServices: DataServices = {
  openStore: () => openExtensionHistory(),
  now: Date.now,
  download: downloadText,
  // The badge catches up at the next daily check if the background cannot be told now.
  followUpsChanged: () => void ask({ type: 'to-background:follow-ups-changed' }).catch(() => undefined),
  importer: importInWorker,
};

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
