import { afterAll, beforeAll, describe, test } from 'vitest';
import { playwrightBrowser } from './driver/playwright-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchWithExtension, type ExtensionSession } from './harness';
import * as settings from './scenarios/settings';

let session: ExtensionSession;
let browser: ScenarioBrowser;

beforeAll(async () => {
  session = await launchWithExtension();
  browser = playwrightBrowser(session);
});
afterAll(() => session?.close());

describe('Chromium, the person’s own settings', () => {
  test('a goal and an offer flow into the prompt and the popup', () =>
    settings.goalsAndOffersFlowIntoPromptAndPopup(browser));
  test('a check switched off leaves the open panel', () => settings.ruleSwitchedOffLeavesThePanel(browser));
  test('the pause before a transactional note asks once', () =>
    settings.pauseBeforeATransactionalNoteAsksOnce(browser));
});
