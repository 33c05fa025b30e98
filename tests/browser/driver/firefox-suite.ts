import { launchFirefoxWithExtension, type FirefoxSession } from '../harness-firefox';
import { launchOrFail } from '../launch-or-fail';
import { puppeteerBrowser } from './puppeteer-driver';
import type { ScenarioBrowser } from './types';

/**
 * One real Firefox ESR with the production build for a test file (or the describe it is called in):
 * launched before it, closed after. If Firefox cannot start, every test fails with the reason.
 */
export function firefoxSuite(): { readonly session: FirefoxSession; readonly browser: ScenarioBrowser } {
  const launched = launchOrFail(async () => {
    const session = await launchFirefoxWithExtension();
    return { session, browser: puppeteerBrowser(session), close: () => session.close() };
  });
  return {
    get session() {
      return running().session;
    },
    get browser() {
      return running().browser;
    },
  };
  function running() {
    const suite = launched();
    if (!suite) throw new Error('Firefox is not running: use the suite inside a test.');
    return suite;
  }
}
