import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as marks from './scenarios/marks';
import * as secondReading from './scenarios/second-reading';

// The words marked in the note, one-click fixes, and the word model's second reading in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe('Firefox, marks and fixes in the note', () => {
  test('the first concern’s words are marked over the note, follow its scroll, and leave it untouched', () =>
    marks.marksTheFindingsWordsInTheNote(suite.browser));
  test('Apply edits the note as typing would, and Ctrl+Z undoes it', () => marks.applyEditsTheNoteAndUndoes(suite.browser));
  test('the word model, loaded apart from the coaching UI, flags a listed note’s wording that the rules alone call a relationship', () =>
    secondReading.secondReadingFlagsOutreachWording(suite.browser));
});
