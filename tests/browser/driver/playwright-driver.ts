import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness';
import { cdpInspector } from './closed-roots-cdp';
import { deepTargets } from './deep-targets';
import type { ScenarioBrowser, ScenarioPage, Target } from './types';

const TIMEOUT = 20_000;

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<
    'local' | 'sync',
    { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }
  >;
}
type Globals = { chrome?: ExtensionApi; browser?: ExtensionApi };

function locate(page: Page, target: Target): Locator {
  // Playwright's CSS and role locators pierce open shadow roots (not closed ones: see deepTargets).
  return 'css' in target
    ? page.locator(target.css)
    : page.getByRole(target.role, { name: target.name, exact: true });
}

export function wrap(page: Page): ScenarioPage {
  const deep = deepTargets(cdpInspector(page));
  return {
    async click(t) {
      if ('css' in t) {
        const at = await deep.actionable(t.css);
        // Inside our closed roots a locator sees nothing: click where the element is, as a person would.
        if (at.closed) return page.mouse.click(at.x, at.y);
      }
      await locate(page, t).first().click({ timeout: TIMEOUT });
    },
    async hover(t) {
      const at = await deep.actionable(t.css);
      await page.mouse.move(at.x, at.y);
    },
    async type(t, text) {
      if ('css' in t) {
        const at = await deep.actionable(t.css);
        if (at.closed) {
          await page.mouse.click(at.x, at.y);
          return page.keyboard.type(text);
        }
      }
      await locate(page, t).first().pressSequentially(text, { timeout: TIMEOUT });
    },
    fill: (t, text) => locate(page, t).first().fill(text, { timeout: TIMEOUT }),
    press: (key) => page.keyboard.press(key),
    waitFor: (t, state = 'visible') =>
      'css' in t ? deep.waitFor(t.css, state) : locate(page, t).first().waitFor({ state, timeout: TIMEOUT }),
    count: (t) => ('css' in t ? deep.count(t.css) : locate(page, t).count()),
    attribute: async (t, name) => {
      if ('css' in t) return deep.attribute(t.css, name);
      const loc = locate(page, t).first();
      return (await loc.count()) ? loc.getAttribute(name, { timeout: TIMEOUT }) : null;
    },
    attributes: (t, name) => deep.attributes(t.css, name),
    text: (t) => ('css' in t ? deep.text(t.css) : locate(page, t).first().innerText({ timeout: TIMEOUT })),
    value: (t) => ('css' in t ? deep.value(t.css) : locate(page, t).first().inputValue({ timeout: TIMEOUT })),
    evaluate: (fn) => page.evaluate(fn),
    evaluateScript: (source) => page.evaluate(source),
    focused: () => deep.focused(),
    scriptClick: (t) => deep.untrustedClick(t.css),
    lendClosedRootsToPage: () => deep.lendRoots(),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export function playwrightBrowser(session: ExtensionSession): ScenarioBrowser {
  let control: Page | undefined;
  const controlPage = async () => {
    if (!control || control.isClosed()) {
      control = await session.context.newPage();
      await control.goto(`chrome-extension://${session.extensionId}/options.html`);
    }
    return control;
  };
  return {
    name: 'chromium',
    async openLinkedIn(path, options) {
      const page = await session.context.newPage();
      if (options?.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      if (options?.viewport) await page.setViewportSize(options.viewport);
      await page.goto(`https://www.linkedin.com${path}`);
      return wrap(page);
    },
    async openExtensionPage(file, options) {
      const page = await session.context.newPage();
      if (options?.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await page.goto(`chrome-extension://${session.extensionId}/${file}`);
      return wrap(page);
    },
    async message(message) {
      const page = await controlPage();
      return page.evaluate(
        (m) => ((globalThis as Globals).browser ?? (globalThis as Globals).chrome)!.runtime.sendMessage(m),
        message as object,
      );
    },
    async inExtension(source) {
      return (await controlPage()).evaluate(source);
    },
    async setStorage(items, area = 'local') {
      const page = await controlPage();
      await page.evaluate(
        ([i, a]) => ((globalThis as Globals).browser ?? (globalThis as Globals).chrome)!.storage[a].set(i),
        [items, area] as const,
      );
    },
    async clearStorage() {
      const page = await controlPage();
      await page.evaluate(async () => {
        const api = ((globalThis as Globals).browser ?? (globalThis as Globals).chrome)!;
        await api.storage.local.clear();
        await api.storage.sync.clear();
      });
    },
    strayRequests: () => [...session.strayRequests],
  };
}
