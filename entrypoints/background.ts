import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { HistoryStore } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { backgroundHandlers } from '@/utils/messaging/background-handlers';
import { handleMessage } from '@/utils/messaging/handle';

export default defineBackground(() => {
  // Opened on the first message that needs it and shared by all later ones; a failed open is
  // retried by the next message rather than remembered.
  let store: Promise<HistoryStore> | undefined;
  const history = () =>
    (store ??= openHistoryStore().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  const handlers = backgroundHandlers({ history, manifest: () => browser.runtime.getManifest() });
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message, handlers));
});
