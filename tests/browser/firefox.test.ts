import { describe, expect, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as coaching from './scenarios/coaching';
import * as invitation from './scenarios/invitation';
import * as keyboardPages from './scenarios/keyboard-pages';
import { INVITATION_LAYOUTS } from './scenarios/layouts';

// The shared browser scenarios, driven in real Firefox ESR with the production Firefox build.
const suite = firefoxSuite();

describe.each(INVITATION_LAYOUTS)('Firefox, $id', (layout) => {
  test('coaches the note live and records one send', () => invitation.coachesTheNoteAndRecordsOneSend(suite.browser, layout));
  test('"Send without a note" works on the second click', () =>
    invitation.sendWithoutNoteWorksOnTheSecondClick(suite.browser, layout));
  test('a starter fills the note and enables Send', () => invitation.starterFillsTheNoteAndEnablesSend(suite.browser, layout));
});

describe('Firefox, coaching', () => {
  test('the upsell suggests connecting now and following up', () => coaching.upsellSuggestsConnectingAndFollowingUp(suite.browser));
  test('a finding can be dismissed for this draft and a rule muted for good', () => coaching.dismissAndMute(suite.browser));
  test('the panel works from the keyboard alone', () => coaching.panelWorksFromTheKeyboard(suite.browser));
  test('the prompt works from the keyboard alone', () => coaching.promptWorksFromTheKeyboard(suite.browser));
  test('follows client-side navigation from the feed to a profile', () => coaching.followsClientSideNavigation(suite.browser));
  test('coaches and records first messages', () => coaching.coachesAndRecordsMessages(suite.browser));
  test('shows nothing on a page without a composer', () => coaching.noUiWithoutAComposer(suite.browser));
  test('ignores corrupt settings and keeps coaching', () => coaching.survivesCorruptSettings(suite.browser));
  test('the options page works from the keyboard alone', () => keyboardPages.optionsWorkFromTheKeyboard(suite.browser));
  test('the popup works from the keyboard alone', () => keyboardPages.popupWorksFromTheKeyboard(suite.browser));
  test('the extension made no network request', () => coaching.madeNoNetworkRequest(suite.browser));
  test('the network check can fail: requests from a page and from the background page are caught', async () => {
    const before = suite.session.strayRequests.length;
    const page = await suite.session.newPage();
    await page.goto('https://www.linkedin.com/feed/static/');
    await page.evaluate(() => fetch('https://example.org/from-page').catch(() => undefined));
    await suite.session.navigate(page, `${suite.session.extensionOrigin}/options.html`);
    await page.evaluate(async () => {
      type Runtime = { runtime: { getBackgroundPage(): Promise<Window> } };
      const background = await (globalThis as unknown as { browser: Runtime }).browser.runtime.getBackgroundPage();
      await background.fetch('https://example.org/from-background').catch(() => undefined);
    });
    await expect.poll(() => suite.session.strayRequests.slice(before)).toEqual([
      'GET https://example.org/from-page',
      'CONNECT example.org:443',
    ]);
    suite.session.strayRequests.length = before;
    await page.close();
  });
});
