import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as pageProof from './scenarios/page-proof';

// Issue 16, the page's side, in real Firefox ESR with the production Firefox build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, a page cannot forge, read or notice Cultivate', () => {
  test('forged invitation and message sends (.click(), synthetic Enter) record nothing and change no contact', () =>
    pageProof.forgedSendsRecordNothing(browser));
  test('our UI is closed to the page: nothing readable, its clicks change nothing', () =>
    pageProof.ourUiIsClosedToThePage(browser));
  test('planted composers show nothing of ours for 5 s; the person’s click and typing bring the panel', () =>
    pageProof.plantedComposersRevealNothing(browser));
});
