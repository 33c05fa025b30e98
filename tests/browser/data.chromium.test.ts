import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as data from './scenarios/data';
import { largeImportKeepsThePageResponsive } from './scenarios/large-import';

interface ChromeReminderApi {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
}

// Your data, end to end: export, delete and import in real Chromium with the production build.
const suite = chromiumSuite();

describe('Chromium, your data', () => {
  test('export, delete everything, import: the history comes back', () =>
    data.exportDeleteImport(suite.browser));
  test('a truncated file is refused and changes nothing', () =>
    data.truncatedImportChangesNothing(suite.browser));
  test('a 50 MB file is checked off the main thread: no task over 200 ms on the options page', () =>
    largeImportKeepsThePageResponsive(suite.session), 300_000);
  test('an overdue follow-up: the badge at once, one notification at the daily check, Done clears both', () =>
    data.importedFollowUpShowsOnTheBadge(suite.browser, {
      state: () =>
        suite.session.serviceWorker.evaluate(async () => {
          const { action, notifications } = (globalThis as unknown as { chrome: ChromeReminderApi }).chrome;
          return {
            badge: await action.getBadgeText({}),
            notifications: Object.keys(await notifications.getAll()),
          };
        }),
      // An unpacked extension's alarm may fire at once; this one replaces the daily alarm for the rest of the session.
      fireDailyCheck: () =>
        suite.session.serviceWorker.evaluate(async () => {
          const { alarms } = (globalThis as unknown as { chrome: ChromeReminderApi }).chrome;
          await alarms.create('cultivate-follow-up-check', { when: Date.now() });
        }),
    }));
});
