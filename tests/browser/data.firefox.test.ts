import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as data from './scenarios/data';

// Your data in real Firefox ESR with the production build: the options page checks and writes an
// import through its worker, as in Chromium.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, your data', () => {
  test('export, delete everything, import: the history comes back', () => data.exportDeleteImport(browser));
  test('a truncated file is refused and changes nothing', () => data.truncatedImportChangesNothing(browser));
});
