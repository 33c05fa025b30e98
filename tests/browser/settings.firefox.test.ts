import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as settings from './scenarios/settings';
import * as typing from './scenarios/settings-typing';

// The person's own settings, in real Firefox ESR with the production build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, the person’s own settings', () => {
  test('a goal and an offer flow into the prompt and the popup', () =>
    settings.goalsAndOffersFlowIntoPromptAndPopup(browser));
  test('a check switched off leaves the open panel', () => settings.ruleSwitchedOffLeavesThePanel(browser));
  test('the pause before a transactional note asks once', () =>
    settings.pauseBeforeATransactionalNoteAsksOnce(browser));
  test('typing 300 characters fast saves all 300, on this device only', () => typing.typingFastSavesEveryCharacter(browser));
  test('settings left in storage.sync move to this device', () => typing.settingsLeftInSyncMoveToThisDevice(browser));
});
