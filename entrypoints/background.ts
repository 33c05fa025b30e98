import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMemorySendLog } from '@/utils/history/send-log';
import { backgroundHandlers } from '@/utils/messaging/background-handlers';
import { handleMessage } from '@/utils/messaging/handle';

export default defineBackground(() => {
  const handlers = backgroundHandlers({ log: createMemorySendLog(), manifest: () => browser.runtime.getManifest() });
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message, handlers));
});
