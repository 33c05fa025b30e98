import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as marks from './scenarios/marks';

// The words marked in the note, and one-click fixes, in real Firefox ESR with the production build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, marks and fixes in the note', () => {
  test('the first concern’s words are marked over the note, follow its scroll, and leave it untouched', () =>
    marks.marksTheFindingsWordsInTheNote(browser));
  test('Apply edits the note as typing would, and Ctrl+Z undoes it', () => marks.applyEditsTheNoteAndUndoes(browser));
});
