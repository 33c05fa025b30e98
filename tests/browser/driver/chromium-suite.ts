import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../harness';
import { playwrightBrowser } from './playwright-driver';
import type { ScenarioBrowser } from './types';

/** One real Chromium with the production build for a test file: launched before it, closed after. */
export function chromiumSuite(): { readonly session: ExtensionSession; readonly browser: ScenarioBrowser } {
  let session: ExtensionSession | undefined;
  let browser: ScenarioBrowser | undefined;
  beforeAll(async () => {
    session = await launchWithExtension();
    browser = playwrightBrowser(session);
  });
  afterAll(() => session?.close());
  return {
    get session() {
      if (!session) throw new Error('Chromium is not running: use the suite inside a test.');
      return session;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use the suite inside a test.');
      return browser;
    },
  };
}
