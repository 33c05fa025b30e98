import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { HistoryStore } from '@/utils/history/api';
import { openExtensionHistory } from '@/utils/history/open-for-extension';
import { handleMessage } from '@/utils/messaging/handle';
import { createReminders } from '@/utils/reminders/reminders';
import { backgroundHandlers } from './handlers';
import { refusal, senderKind, type MessageSender } from './senders';

export default defineBackground(() => {
  // Opened on the first message that needs it and shared by all later ones; a failed open is
  // retried by the next message rather than remembered.
  let store: Promise<HistoryStore> | undefined;
  const history = () =>
    (store ??= openExtensionHistory().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  // The daily follow-up check, the badge and the notification; listeners added now, synchronously.
  const reminders = createReminders({ history });
  reminders.register();
  const handlers = backgroundHandlers({
    history,
    manifest: () => browser.runtime.getManifest(),
    // After a send or a change in the popup or options: the badge only; notifications come with the daily check.
    checkFollowUps: () => reminders.check({ notify: false }),
  });
  const id = browser.runtime.id;
  const base = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    handleMessage(message, handlers, (type) => refusal(type, senderKind(sender, id, base))),
  );
});
