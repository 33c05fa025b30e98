import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '@/utils/messaging/handle';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) =>
    handleMessage(message, {
      'to-background:ping': () => {
        const manifest = browser.runtime.getManifest();
        return { ok: true, type: 'from-background:pong', name: manifest.name, version: manifest.version };
      },
    }),
  );
});
