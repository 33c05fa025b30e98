import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as localized from './scenarios/localized';

// LinkedIn with its interface in German, French and Spanish, in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe.each(localized.LOCALIZED_LAYOUTS)('Firefox, $id', (layout) => {
  test('the prompt on step one; the first "send without a note" explains, the second sends once', () =>
    localized.promptAndNoteLessSend(suite.browser, layout));
  test('the panel beside the note judges an English transactional note and records one send', () =>
    localized.panelJudgesAnEnglishNoteAndRecordsOneSend(suite.browser, layout));
  test('a note in the interface language gets an honest reading', () =>
    localized.foreignNoteGetsAnHonestReading(suite.browser, layout));
});
