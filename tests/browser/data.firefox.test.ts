import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as data from './scenarios/data';

// Your data in real Firefox ESR with the production build: the options page checks and writes an
// import through its worker, as in Chromium.
const suite = firefoxSuite();

describe('Firefox, your data', () => {
  test('export, delete everything, import: the history comes back', () => data.exportDeleteImport(suite.browser));
  test('a truncated file is refused and changes nothing', () => data.truncatedImportChangesNothing(suite.browser));
});
