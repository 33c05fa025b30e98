import { describe, expect, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import { INVITATION_LAYOUTS } from './scenarios/layouts';
import { invitationLayoutUntouched, messageLayoutUntouched, VIEWPORTS } from './scenarios/layout-untouched';

// Beside, not inside, in real Firefox ESR with the production Firefox build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe.each(VIEWPORTS)('Firefox at $width×$height', (viewport) => {
  test.each(INVITATION_LAYOUTS)('$id: LinkedIn’s buttons, note, counter and Send stay put', async (layout) => {
    const modes = await invitationLayoutUntouched(browser, layout, viewport);
    if (viewport.width >= 1280) expect(modes.note).toEqual(['dock']);
    if (viewport.width <= 800) expect(modes.note).toEqual(['strip']);
  });
  test('the message box and its Send stay put', () => messageLayoutUntouched(browser, viewport));
});
