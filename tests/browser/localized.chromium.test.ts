import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as localized from './scenarios/localized';

// LinkedIn with its interface in German, French and Spanish, in real Chromium with the production build.
const suite = chromiumSuite();

describe.each(localized.LOCALIZED_LAYOUTS)('Chromium, $id', (layout) => {
  test('the prompt on step one; the first "send without a note" explains, the second sends once', () =>
    localized.promptAndNoteLessSend(suite.browser, layout));
  test('the panel beside the note judges an English transactional note and records one send', () =>
    localized.panelJudgesAnEnglishNoteAndRecordsOneSend(suite.browser, layout));
  test('a note in the interface language gets an honest reading', () =>
    localized.foreignNoteGetsAnHonestReading(suite.browser, layout));
});
