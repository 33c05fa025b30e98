import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as localized from './scenarios/localized';

// LinkedIn with its interface in German, French and Spanish, in real Firefox ESR with the production build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe.each(localized.LOCALIZED_LAYOUTS)('Firefox, $id', (layout) => {
  test('the prompt on step one; the first "send without a note" explains, the second sends once', () =>
    localized.promptAndNoteLessSend(browser, layout));
  test('the panel beside the note judges an English transactional note and records one send', () =>
    localized.panelJudgesAnEnglishNoteAndRecordsOneSend(browser, layout));
  test('a note in the interface language gets an honest reading', () =>
    localized.foreignNoteGetsAnHonestReading(browser, layout));
});
