import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as coaching from './scenarios/coaching';
import * as invitation from './scenarios/invitation';
import * as keyboardPages from './scenarios/keyboard-pages';
import { INVITATION_LAYOUTS } from './scenarios/layouts';

// The shared browser scenarios, driven in real Chromium with the production build.
const suite = chromiumSuite();

describe.each(INVITATION_LAYOUTS)('Chromium, $id', (layout) => {
  test('coaches the note live and records one send', () =>
    invitation.coachesTheNoteAndRecordsOneSend(suite.browser, layout));
  test('"Send without a note" works on the second click', () =>
    invitation.sendWithoutNoteWorksOnTheSecondClick(suite.browser, layout));
  test('a starter fills the note and enables Send', () =>
    invitation.starterFillsTheNoteAndEnablesSend(suite.browser, layout));
});

describe('Chromium, coaching', () => {
  test('the upsell suggests connecting now and following up', () =>
    coaching.upsellSuggestsConnectingAndFollowingUp(suite.browser));
  test('a finding can be dismissed for this draft and a rule muted for good', () =>
    coaching.dismissAndMute(suite.browser));
  test('the panel works from the keyboard alone', () => coaching.panelWorksFromTheKeyboard(suite.browser));
  test('the prompt works from the keyboard alone', () => coaching.promptWorksFromTheKeyboard(suite.browser));
  test('follows client-side navigation from the feed to a profile', () =>
    coaching.followsClientSideNavigation(suite.browser));
  test('coaches and records first messages', () => coaching.coachesAndRecordsMessages(suite.browser));
  test('shows nothing on a page without a composer', () => coaching.noUiWithoutAComposer(suite.browser));
  test('ignores corrupt settings and keeps coaching', () => coaching.survivesCorruptSettings(suite.browser));
  test('the options page works from the keyboard alone', () =>
    keyboardPages.optionsWorkFromTheKeyboard(suite.browser));
  test('the popup works from the keyboard alone', () =>
    keyboardPages.popupWorksFromTheKeyboard(suite.browser));
  test('the extension made no network request', () => coaching.madeNoNetworkRequest(suite.browser));
});
