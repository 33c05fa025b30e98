import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as settings from './scenarios/settings';
import * as typing from './scenarios/settings-typing';

// The person's own settings, in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe('Firefox, the person’s own settings', () => {
  test('a goal and an offer flow into the prompt and the popup', () =>
    settings.goalsAndOffersFlowIntoPromptAndPopup(suite.browser));
  test('a check switched off leaves the open panel', () => settings.ruleSwitchedOffLeavesThePanel(suite.browser));
  test('the pause before a transactional note asks once', () =>
    settings.pauseBeforeATransactionalNoteAsksOnce(suite.browser));
  test('typing 300 characters fast saves all 300, on this device only', () => typing.typingFastSavesEveryCharacter(suite.browser));
  test('settings left in storage.sync move to this device', () => typing.settingsLeftInSyncMoveToThisDevice(suite.browser));
});
