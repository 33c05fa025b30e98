import { afterAll, beforeAll, describe, test } from 'vitest';
import { playwrightBrowser } from './driver/playwright-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchWithExtension, type ExtensionSession } from './harness';
import * as localized from './scenarios/localized';

// LinkedIn with its interface in German, French and Spanish, in real Chromium with the production build.
let session: ExtensionSession;
let browser: ScenarioBrowser;

beforeAll(async () => {
  session = await launchWithExtension();
  browser = playwrightBrowser(session);
});
afterAll(() => session?.close());

describe.each(localized.LOCALIZED_LAYOUTS)('Chromium, $id', (layout) => {
  test('the prompt on step one; the first "send without a note" explains, the second sends once', () =>
    localized.promptAndNoteLessSend(browser, layout));
  test('the panel beside the note judges an English transactional note and records one send', () =>
    localized.panelJudgesAnEnglishNoteAndRecordsOneSend(browser, layout));
  test('a note in the interface language gets an honest reading', () =>
    localized.foreignNoteGetsAnHonestReading(browser, layout));
});
