import { browser } from 'wxt/browser';
import type { HistoryStore } from '@/utils/history/api';
import { DAY_MS, nextCheckAt, planReminder, type ReminderPlan } from './plan';
import { readLastNotified, writeLastNotified } from './state';

// The thin layer between the reminder plan and the browser: the alarm, the badge, the one
// notification and what its click opens. The decisions are all in ./plan.ts.

export const CHECK_ALARM = 'cultivate-follow-up-check';
export const NOTIFICATION_ID = 'cultivate-follow-ups';
/** How many due contacts one check reads; the badge says 99+ long before. */
const DUE_LIMIT = 500;
const BADGE_COLOR = '#2e6b4f';

export interface ReminderDeps {
  history: () => Promise<HistoryStore>;
  now?: () => number;
}

export function createReminders({ history, now = Date.now }: ReminderDeps) {
  let running: Promise<unknown> = Promise.resolve();

  async function checkNow(notify: boolean): Promise<ReminderPlan> {
    const at = now();
    const store = await history();
    const planned = planReminder(await store.followUpsDue(at, DUE_LIMIT), await readLastNotified(), at);
    const plan = notify ? planned : { ...planned, notification: null, notified: null };
    await browser.action.setBadgeText({ text: plan.badge });
    if (plan.badge) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    if (plan.due.length === 0) {
      // Nothing left to do: a notification still on screen would point at nothing.
      await browser.notifications.clear(NOTIFICATION_ID);
    }
    if (plan.notification && plan.notified) {
      await browser.notifications.create(NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: plan.notification.title,
        message: plan.notification.message,
      });
      await writeLastNotified(plan.notified);
    }
    return plan;
  }

  /**
   * One check at a time, so an alarm and a message arriving together cannot notify twice.
   * `notify: false` (after a send, Done, Snooze, an import) only updates the badge: the person is
   * busy in LinkedIn or in Cultivate itself, and the notification keeps to the daily check.
   */
  function check({ notify = true }: { notify?: boolean } = {}): Promise<ReminderPlan> {
    const run = () => checkNow(notify);
    const next = running.then(run, run);
    running = next.catch(() => undefined);
    return next;
  }

  /** The daily alarm, created when missing: calling this again changes nothing. */
  async function ensureAlarm(): Promise<void> {
    const existing = await browser.alarms.get(CHECK_ALARM);
    if (existing?.periodInMinutes === DAY_MS / 60_000) return;
    await browser.alarms.create(CHECK_ALARM, { when: nextCheckAt(now()), periodInMinutes: DAY_MS / 60_000 });
  }

  /** The popup where the browser can open it from here, else the popup page in a tab. */
  async function openFollowUps(): Promise<void> {
    await browser.notifications.clear(NOTIFICATION_ID);
    try {
      await browser.action.openPopup();
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    }
  }

  const report = (doing: string) => (error: unknown) => console.error(`Cultivate reminders: could not ${doing}`, error);
  const start = () =>
    Promise.all([ensureAlarm().catch(report('schedule the daily check')), check().catch(report('check the follow-ups due'))]);

  /**
   * Listeners, added synchronously when the background starts (a service worker must). Each
   * returns its work, so a test can wait for it; the browser ignores what they return.
   */
  function register(): void {
    browser.runtime.onInstalled.addListener(start);
    browser.runtime.onStartup.addListener(start);
    browser.alarms.onAlarm.addListener((alarm) =>
      alarm.name === CHECK_ALARM ? check().catch(report('check the follow-ups due')) : undefined,
    );
    browser.notifications.onClicked.addListener((id) =>
      id === NOTIFICATION_ID ? openFollowUps().catch(report('open the follow-ups')) : undefined,
    );
  }

  return { check, ensureAlarm, openFollowUps, register };
}

export type Reminders = ReturnType<typeof createReminders>;
