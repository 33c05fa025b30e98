import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureFor } from '../fixtures/linkedin/pages';
import { startRefusingProxy, type RefusingProxy } from './refusing-proxy';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
const GECKO_ID = 'cultivate@coach.extension';
const FIXTURES = resolve('tests/fixtures/linkedin');

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID`, fixed in advance through the profile's prefs. */
  extensionOrigin: string;
  /** Every request that left a page or the background and was not a LinkedIn page (or their shared script) we serve. */
  strayRequests: string[];
  /** Opens a tab with LinkedIn served from the fixtures and everything else refused and recorded. */
  newPage(): Promise<Page>;
  /** Loads an address and waits for the document, even where `page.goto` never resolves (moz-extension:). */
  navigate(page: Page, url: string): Promise<void>;
  /** Firefox over WebDriver BiDi cannot emulate media per page: this sets the colour scheme every page sees. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Sizes a page's viewport with WebDriver BiDi's own command, which every Firefox ESR since 115 knows. */
  setViewport(page: Page, viewport: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export function assertFirefoxInstalled(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. The Firefox browser tests need it: install it with ` +
        '`sudo apt-get install -y firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH.',
    );
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
}

/** Launches real Firefox ESR with the production Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension({ headless = true } = {}): Promise<FirefoxSession> {
  assertFirefoxInstalled();
  const userDataDir = mkdtempSync(join(tmpdir(), 'cultivate-firefox-'));
  const uuid = randomUUID();
  const strayRequests: string[] = [];
  // Pages are guarded by request interception; the background page cannot be, so the whole
  // browser's traffic goes through a proxy that refuses and records every request.
  const proxy: RefusingProxy = await startRefusingProxy((request) => {
    if (!isFirefoxOwnService(request)) strayRequests.push(request);
  });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir,
    defaultViewport: { width: 1280, height: 720 },
    // Lets the tests open moz-extension: pages (and, where Firefox still honours it, reach its chrome).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'layout.css.prefers-color-scheme.content-override': COLOR_SCHEME_PREF.light,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
        return void request.continue();
      }
      // The browser asks for a favicon on its own; that is not the extension talking.
      if (url.pathname === '/favicon.ico') return void request.respond({ status: 404, body: '' });
      // The fixture pages, and the one script they share.
      if (url.protocol === 'https:' && url.hostname === 'www.linkedin.com') {
        const fixture = fixtureFor(url.pathname, request.isNavigationRequest());
        if (fixture) {
          return void request.respond({ status: 200, contentType: fixture.contentType, body: readFileSync(join(FIXTURES, fixture.file)) });
        }
      }
      strayRequests.push(`${request.method()} ${request.url()}`);
      return void request.abort('blockedbyclient');
    });
    return page;
  }

  async function navigate(page: Page, url: string): Promise<void> {
    page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(() => [location.href, document.readyState] as const)
        .catch(() => ['', 'loading'] as const);
      if (state[0] === url && state[1] === 'complete') return;
      if (Date.now() > deadline) throw new Error(`Firefox did not load ${url} (at ${state[0]}, ${state[1]})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // The colour scheme is a pref, set from about:config, a privileged page of Firefox's own: Firefox
  // 140.12 ignores WebDriver BiDi's `moz:scope: 'chrome'`, so the browser window is out of a script's
  // reach. The tab opens at the first call, before the scenario's own page, which then sits on top.
  let prefsPage: Page | undefined;
  async function setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    if (!prefsPage || prefsPage.isClosed()) {
      prefsPage = await browser.newPage();
      await navigate(prefsPage, 'about:config');
    }
    await prefsPage.evaluate(
      `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${COLOR_SCHEME_PREF[scheme]})`,
    );
  }

  // puppeteer's page.setViewport also overrides the screen orientation, a command Firefox 140 ESR
  // does not know; the size alone is what the layout tests need.
  async function setViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await connection.send('browsingContext.setViewport', { context, viewport });
  }

  return {
    browser,
    extensionOrigin: `moz-extension://${uuid}`,
    strayRequests,
    newPage,
    navigate,
    setColorScheme,
    setViewport,
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Firefox itself talks to Mozilla (remote settings and the like); like the favicon, that is the
// browser, not the extension, which has no reason to contact Mozilla.
const FIREFOX_SERVICE_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

function isFirefoxOwnService(request: string): boolean {
  const target = request.split(' ')[1] ?? '';
  const host = target.includes('://') ? new URL(target).host : target;
  return FIREFOX_SERVICE_HOSTS.test(host);
}

const COLOR_SCHEME_PREF = { dark: 0, light: 1 } as const;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
