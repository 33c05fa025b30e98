import { afterAll, beforeAll, describe, test } from 'vitest';
import { describeAccessibility } from './accessibility-suite';
import { playwrightBrowser } from './driver/playwright-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchWithExtension, type ExtensionSession } from './harness';
import * as coaching from './scenarios/coaching';
import * as invitation from './scenarios/invitation';
import * as keyboardPages from './scenarios/keyboard-pages';
import { INVITATION_LAYOUTS } from './scenarios/layouts';

// The shared browser scenarios, driven in real Chromium with the production build.
let session: ExtensionSession;
let browser: ScenarioBrowser;

beforeAll(async () => {
  session = await launchWithExtension();
  browser = playwrightBrowser(session);
});
afterAll(() => session?.close());

describe.each(INVITATION_LAYOUTS)('Chromium, $id', (layout) => {
  test('coaches the note live and records one send', () => invitation.coachesTheNoteAndRecordsOneSend(browser, layout));
  test('"Send without a note" works on the second click', () =>
    invitation.sendWithoutNoteWorksOnTheSecondClick(browser, layout));
  test('a starter fills the note and enables Send', () => invitation.starterFillsTheNoteAndEnablesSend(browser, layout));
});

describe('Chromium, coaching', () => {
  test('the upsell suggests connecting now and following up', () => coaching.upsellSuggestsConnectingAndFollowingUp(browser));
  test('a finding can be dismissed for this draft and a rule muted for good', () => coaching.dismissAndMute(browser));
  test('the panel works from the keyboard alone', () => coaching.panelWorksFromTheKeyboard(browser));
  test('the prompt works from the keyboard alone', () => coaching.promptWorksFromTheKeyboard(browser));
  test('follows client-side navigation from the feed to a profile', () => coaching.followsClientSideNavigation(browser));
  test('coaches and records first messages', () => coaching.coachesAndRecordsMessages(browser));
  test('shows nothing on a page without a composer', () => coaching.noUiWithoutAComposer(browser));
  test('ignores corrupt settings and keeps coaching', () => coaching.survivesCorruptSettings(browser));
  test('the options page works from the keyboard alone', () => keyboardPages.optionsWorkFromTheKeyboard(browser));
  test('the popup works from the keyboard alone', () => keyboardPages.popupWorksFromTheKeyboard(browser));
  test('the extension made no network request', () => coaching.madeNoNetworkRequest(browser));
});

describeAccessibility('Chromium, accessibility', async () => {
  const fresh = await launchWithExtension();
  return { browser: playwrightBrowser(fresh), close: () => fresh.close() };
});
