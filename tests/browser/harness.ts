import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { fixtureFor } from '../fixtures/linkedin/pages';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures/linkedin');


export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request that reached the network layer and was not a LinkedIn page (or their shared script) we serve. */
  strayRequests: string[];
  close(): Promise<void>;
}

export function assertChromiumInstalled(extensionDir = EXTENSION_DIR): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need it: install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No production build at ${extensionDir}: run \`npm run build\` first.`);
  }
}

/** Launches real Chromium with the production build of Cultivate loaded, and LinkedIn routed to fixtures. */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
} = {}): Promise<ExtensionSession> {
  assertChromiumInstalled(extensionDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'cultivate-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  const strayRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    // The browser asks for a favicon on its own; that is not the extension talking.
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404 });
    // Only https://www.linkedin.com, the one origin the manifest matches, serves fixtures: the
    // pages, and the one script they share.
    if (url.protocol === 'https:' && url.hostname === 'www.linkedin.com') {
      const fixture = fixtureFor(url.pathname, route.request().isNavigationRequest());
      if (fixture) return route.fulfill({ contentType: fixture.contentType, body: readFileSync(join(FIXTURES, fixture.file)) });
    }
    strayRequests.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    strayRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
