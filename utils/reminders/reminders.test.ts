import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { HistoryStore } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { invitation, message, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { handleMessage } from '@/utils/messaging/handle';
import { CHECK_ALARM, createReminders, NOTIFICATION_ID } from './reminders';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Monday 16 November 2026, 10:00 local time: invitations go out, and are accepted. */
const SENT = new Date(2026, 10, 16, 10, 0).getTime();
/** A week later, an hour after the default 7-day follow-ups came due. */
const WEEK_LATER = SENT + 7 * DAY + HOUR;

let store: HistoryStore;

beforeEach(async () => {
  fakeBrowser.reset();
  // Only the clock is fake: IndexedDB's own scheduling keeps running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(SENT);
  store = await openHistoryStore({ name: uniqueDatabaseName('reminders') });
  createReminders({ history: async () => store }).register();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
});
afterEach(() => {
  store.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Invited and accepted now: a follow-up is due in seven days. */
async function accepted(slug: string, name: string) {
  await store.recordSend(invitation(slug, name, Date.now(), `Hi ${name.split(' ')[0]}, I enjoyed your talk.`));
  await store.setStage(`linkedin.com/in/${slug}`, 'connected', Date.now());
}

const dailyCheck = async () => {
  const alarm = await fakeBrowser.alarms.get(CHECK_ALARM);
  if (!alarm) throw new Error('no daily alarm');
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
};
const badge = () => fakeBrowser.action.getBadgeText({});
const shown = async () => Object.values(await fakeBrowser.notifications.getAll()) as { message: string }[];

describe('the daily check', () => {
  it('is scheduled on install for 9:00 every day, and starting again does not move it', async () => {
    const alarm = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 24 * 60, scheduledTime: new Date(2026, 10, 17, 9, 0).getTime() });

    vi.setSystemTime(SENT + 2 * DAY);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.alarms.getAll()).toEqual([alarm]);
  });

  it('notifies only for follow-ups due and untouched: a message since clears the reminder', async () => {
    await accepted('ana-souza', 'Ana Souza');
    await accepted('wei-zhang', 'Wei Zhang');
    await store.recordSend(invitation('kwame-mensah', 'Kwame Mensah', Date.now(), null));
    vi.setSystemTime(SENT + 3 * DAY);
    await store.recordSend(message('wei-zhang', 'Wei Zhang', Date.now(), 'Thanks for connecting, Wei! Here is the tide data.'));
    expect((await store.contact('linkedin.com/in/wei-zhang'))?.nextFollowUpAt).toBeUndefined();

    vi.setSystemTime(SENT + 6 * DAY);
    await dailyCheck();
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('');

    vi.setSystemTime(WEEK_LATER);
    await dailyCheck();
    expect(await shown()).toEqual([expect.objectContaining({ message: 'A follow-up is due: Ana Souza.' })]);
    expect(await badge()).toBe('1');
  });

  it('several due: one notification, and not again the same day', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (const [slug, name] of [['ana-souza', 'Ana Souza'], ['wei-zhang', 'Wei Zhang'], ['yuki-tanaka', 'Yuki Tanaka']] as const) {
      await accepted(slug, name);
    }
    vi.setSystemTime(WEEK_LATER);
    await dailyCheck();
    vi.setSystemTime(WEEK_LATER + 5 * HOUR);
    await dailyCheck();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await shown()).toEqual([expect.objectContaining({ type: 'basic', message: '3 follow-ups are due: Ana Souza, Wei Zhang and 1 more.' })]);
    expect(await badge()).toBe('3');

    vi.setSystemTime(WEEK_LATER + DAY);
    await dailyCheck();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a snoozed follow-up waits until the snooze ends', async () => {
    await accepted('ana-souza', 'Ana Souza');
    vi.setSystemTime(WEEK_LATER);
    await store.snoozeFollowUp('linkedin.com/in/ana-souza', WEEK_LATER + 3 * DAY);
    await dailyCheck();
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('');

    vi.setSystemTime(WEEK_LATER + 3 * DAY);
    await dailyCheck();
    expect(await shown()).toEqual([expect.objectContaining({ message: 'A follow-up is due: Ana Souza.' })]);
    expect(await badge()).toBe('1');
  });
});

describe('the badge follows the count', () => {
  it('after Done and Snooze in the popup, told by a message; an open notification goes once none is due', async () => {
    const handlers = backgroundHandlers({
      history: async () => store,
      manifest: () => ({ name: 'Cultivate', version: '0.1.0' }),
      checkFollowUps: () => createReminders({ history: async () => store }).check({ notify: false }),
    });
    const tell = () => handleMessage({ type: 'to-background:follow-ups-changed' }, handlers);
    await accepted('ana-souza', 'Ana Souza');
    await accepted('wei-zhang', 'Wei Zhang');
    vi.setSystemTime(WEEK_LATER);
    expect(await tell()).toEqual({ ok: true, type: 'from-background:follow-ups', due: 2 });
    expect(await badge()).toBe('2');
    // The person is in Cultivate already: the badge changes, no notification interrupts them.
    expect(await shown()).toEqual([]);

    await store.markFollowUpDone('linkedin.com/in/ana-souza', Date.now());
    expect(await tell()).toMatchObject({ due: 1 });
    expect(await badge()).toBe('1');

    await dailyCheck();
    expect(await shown()).toEqual([expect.objectContaining({ message: 'A follow-up is due: Wei Zhang.' })]);
    await store.snoozeFollowUp('linkedin.com/in/wei-zhang', Date.now() + 3 * DAY);
    expect(await tell()).toMatchObject({ due: 0 });
    expect(await badge()).toBe('');
    expect(await shown()).toEqual([]);
  });
});

describe('clicking the notification', () => {
  it('opens the popup where the browser can', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(1);
  });

  it('else opens the popup page in a tab', async () => {
    fakeBrowser.action.openPopup = () => Promise.reject(new Error('not from here'));
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe('chrome-extension://test-extension-id/popup.html');
  });
});
