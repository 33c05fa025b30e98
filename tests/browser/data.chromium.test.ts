import { afterAll, beforeAll, describe, test } from 'vitest';
import { playwrightBrowser } from './driver/playwright-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchWithExtension, type ExtensionSession } from './harness';
import * as data from './scenarios/data';

interface ChromeReminderApi {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
}

// Your data, end to end: export, delete and import in real Chromium with the production build.
let session: ExtensionSession;
let browser: ScenarioBrowser;

beforeAll(async () => {
  session = await launchWithExtension();
  browser = playwrightBrowser(session);
});
afterAll(() => session?.close());

describe('Chromium, your data', () => {
  test('export, delete everything, import: the history comes back', () => data.exportDeleteImport(browser));
  test('a truncated file is refused and changes nothing', () => data.truncatedImportChangesNothing(browser));
  test('an imported overdue follow-up shows on the badge, with one notification; Done in the popup clears both', () =>
    data.importedFollowUpShowsOnTheBadge(browser, () =>
      session.serviceWorker.evaluate(async () => {
        const { action, notifications } = (globalThis as unknown as { chrome: ChromeReminderApi }).chrome;
        return { badge: await action.getBadgeText({}), notifications: Object.keys(await notifications.getAll()) };
      }),
    ));
});
