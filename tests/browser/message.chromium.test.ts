import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as message from './scenarios/message-marks';

// The words marked in LinkedIn's message box (a contenteditable), and one-click fixes there, in real Chromium.
const suite = chromiumSuite();

describe('Chromium, marks and fixes in the message box', () => {
  test('the first concern’s words are marked exactly over the box’s text, and the box is left untouched', () =>
    message.marksTheFindingsWordsInTheMessageBox(suite.browser));
  test('Apply edits the message as typing would, Ctrl+Z undoes it, and Send sends the edit', () =>
    message.applyEditsTheMessageAndUndoes(suite.browser));
});
