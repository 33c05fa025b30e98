import { launchFirefoxWithExtension, type FirefoxSession } from '../harness-firefox';
import { launchOrFail } from '../launch-or-fail';
import { puppeteerBrowser } from './puppeteer-driver';
import type { ScenarioBrowser } from './types';

/**
 * One real Firefox ESR with the production Firefox build for a test file: launched before it,
 * closed after; if it cannot start, every test fails with the reason.
 */
export function firefoxSuite(): { readonly browser: ScenarioBrowser } {
  let browser: ScenarioBrowser | undefined;
  launchOrFail(async () => {
    const session: FirefoxSession = await launchFirefoxWithExtension();
    browser = puppeteerBrowser(session);
    return session;
  });
  return {
    get browser() {
      if (!browser) throw new Error('Firefox is not running: use the suite inside a test.');
      return browser;
    },
  };
}
