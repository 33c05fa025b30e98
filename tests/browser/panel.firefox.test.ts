import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as marks from './scenarios/marks';

// The words marked in the note, and one-click fixes, in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe('Firefox, marks and fixes in the note', () => {
  test('the first concern’s words are marked over the note, follow its scroll, and leave it untouched', () =>
    marks.marksTheFindingsWordsInTheNote(suite.browser));
  test('Apply edits the note as typing would, and Ctrl+Z undoes it', () => marks.applyEditsTheNoteAndUndoes(suite.browser));
});
