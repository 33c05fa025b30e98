// A refused file's settings are told in the settings' own words.
import '@/utils/settings/settings-words';
import { openHistoryStore } from '@/utils/history/store';
import { importWorkerCore } from './import-worker-core';

// A dedicated worker the options page starts for one chosen file (import-in-worker.ts), so
// reading, parsing and checking up to 50 MB never holds the page's main thread.
const handle = importWorkerCore(() => openHistoryStore());
const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
// One command at a time: the page waits for each answer before it sends the next.
scope.onmessage = (event) => void handle(event.data).then((reply) => scope.postMessage(reply));
