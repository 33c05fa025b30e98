import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as journey from './scenarios/journey';

/** Three invitations and three profile visits: longer than one dialog. */
const LONG = 180_000;

// The journey after the request, in real Firefox ESR with the production build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, the journey after the request', () => {
  test('a profile showing 1st moves the contact to connected; Pending and 2nd change nothing (English)', () =>
    journey.acceptanceNoticedOnProfile(browser, journey.ENGLISH), LONG);
  test('the first message after acceptance: the offer reminder, starters, the pit-stop concern and the follow-through strength', () =>
    journey.memoryAndFollowUpsAfterAcceptance(browser, journey.ENGLISH), LONG);
  test('the same with the interface in German and newer markup', () =>
    journey.acceptanceNoticedOnProfile(browser, journey.GERMAN), LONG);
});
