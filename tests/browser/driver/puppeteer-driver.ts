import type { ElementHandle, JSHandle, KeyInput, Page } from 'puppeteer-core';
import type { FirefoxSession } from '../harness-firefox';
import { bidiInspector } from './closed-roots-bidi';
import { cssSteps } from './css-steps';
import { deepTargets } from './deep-targets';
import { queryDeep } from './query-deep';
import type { ScenarioBrowser, ScenarioPage, Target } from './types';

const TIMEOUT = 20_000;

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'local' | 'sync', { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> }>;
}
type Globals = { browser: ExtensionApi };

function describeTarget(target: Target): string {
  return 'css' in target ? target.css : `${target.role} "${target.name}"`;
}

/** Every element the target names, in document order for CSS, shadow roots included. */
async function findAll(page: Page, target: Target): Promise<ElementHandle<Element>[]> {
  if ('css' in target) return handles(await page.evaluateHandle(queryDeep, cssSteps(target.css)));
  // Firefox's accessibility locator does not descend into shadow roots, so ask each root too.
  const aria = `::-p-aria([name=${JSON.stringify(target.name)}][role="${target.role}"])`;
  const roots = await page.evaluateHandle(() => {
    const found: Node[] = [document];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return found;
  });
  const matches: ElementHandle<Element>[] = [];
  for (const root of await handles(roots)) matches.push(...(await root.$$(aria)));
  return matches;
}

async function handles<T extends Node>(array: JSHandle<T[]>): Promise<ElementHandle<T>[]> {
  const items = [...(await array.getProperties()).values()] as ElementHandle<T>[];
  await array.dispose();
  return items;
}

function isVisible(el: ElementHandle<Element>): Promise<boolean> {
  return el
    .evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
    })
    .catch(() => false);
}

/** Waits, like Playwright's locators, until the first match passes `ready`. */
async function first(
  page: Page,
  target: Target,
  ready: (el: ElementHandle<Element>) => Promise<boolean> = async () => true,
): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const [el] = await findAll(page, target);
    if (el && (await ready(el))) return el;
    if (Date.now() > deadline) throw new Error(`Timed out after ${TIMEOUT} ms waiting for ${describeTarget(target)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const actionable = async (el: ElementHandle<Element>) =>
  (await isVisible(el)) && !(await el.evaluate((node) => (node as HTMLButtonElement).disabled === true));

async function press(page: Page, combo: string): Promise<void> {
  const keys = combo.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

function wrap(page: Page): ScenarioPage {
  const deep = deepTargets(bidiInspector(page));
  /** Inside our closed roots no handle reaches the element: a real click where it is, as a person's. */
  const clickIfClosed = async (t: Target) => {
    if (!('css' in t)) return false;
    const at = await deep.actionable(t.css);
    if (at.closed) await page.mouse.click(at.x, at.y);
    return at.closed;
  };
  return {
    click: async (t) => {
      if (!(await clickIfClosed(t))) await (await first(page, t, actionable)).click();
    },
    hover: async (t) => {
      const at = await deep.actionable(t.css);
      await page.mouse.move(at.x, at.y);
    },
    type: async (t, text) => {
      if (await clickIfClosed(t)) return page.keyboard.type(text);
      await (await first(page, t, actionable)).type(text);
    },
    fill: async (t, text) => {
      const el = await first(page, t, actionable);
      // Select everything, then insert the text as one edit: a paste, with its input event.
      await el.evaluate((node, value) => {
        (node as HTMLElement).focus();
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) node.select();
        else getSelection()?.selectAllChildren(node);
        if (value) document.execCommand('insertText', false, value);
        else document.execCommand('delete');
      }, text);
    },
    press: (key) => press(page, key),
    waitFor: async (t, state = 'visible') => {
      if ('css' in t) return deep.waitFor(t.css, state);
      if (state === 'visible') {
        await first(page, t, isVisible);
        return;
      }
      const deadline = Date.now() + TIMEOUT;
      for (;;) {
        const [el] = await findAll(page, t);
        if (!el || !(await isVisible(el))) return;
        if (Date.now() > deadline) throw new Error(`Timed out after ${TIMEOUT} ms waiting for ${describeTarget(t)} to hide`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    count: async (t) => ('css' in t ? deep.count(t.css) : (await findAll(page, t)).length),
    attribute: async (t, name) => {
      if ('css' in t) return deep.attribute(t.css, name);
      const [el] = await findAll(page, t);
      return el ? el.evaluate((node, n) => node.getAttribute(n), name) : null;
    },
    attributes: (t, name) => deep.attributes(t.css, name),
    text: async (t) =>
      'css' in t ? deep.text(t.css) : (await first(page, t)).evaluate((node) => (node as HTMLElement).innerText),
    value: async (t) =>
      'css' in t ? deep.value(t.css) : (await first(page, t)).evaluate((node) => (node as HTMLInputElement).value),
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateScript: (source) => page.evaluate(source) as never,
    focused: () => deep.focused(),
    scriptClick: (t) => deep.untrustedClick(t.css),
    lendClosedRootsToPage: () => deep.lendRoots(),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export function puppeteerBrowser(session: FirefoxSession): ScenarioBrowser {
  let control: Page | undefined;
  const controlPage = async () => {
    if (!control || control.isClosed()) {
      control = await session.newPage();
      await session.navigate(control, `${session.extensionOrigin}/options.html`);
    }
    return control;
  };
  return {
    name: 'firefox',
    async openLinkedIn(path, options) {
      await session.setColorScheme(options?.colorScheme ?? 'light');
      const page = await session.newPage();
      if (options?.viewport) await session.setViewport(page, options.viewport);
      await page.goto(`https://www.linkedin.com${path}`);
      return wrap(page);
    },
    async openExtensionPage(file, options) {
      await session.setColorScheme(options?.colorScheme ?? 'light');
      const page = await session.newPage();
      await session.navigate(page, `${session.extensionOrigin}/${file}`);
      return wrap(page);
    },
    async message(message) {
      const page = await controlPage();
      return page.evaluate((m) => (globalThis as unknown as Globals).browser.runtime.sendMessage(m), message);
    },
    async inExtension(source) {
      return (await controlPage()).evaluate(source) as never;
    },
    async setStorage(items, area = 'local') {
      const page = await controlPage();
      await page.evaluate((i, a) => (globalThis as unknown as Globals).browser.storage[a].set(i), items, area);
    },
    async clearStorage() {
      const page = await controlPage();
      await page.evaluate(async () => {
        const { storage } = (globalThis as unknown as Globals).browser;
        await storage.local.clear();
        await storage.sync.clear();
      });
    },
    strayRequests: () => [...session.strayRequests],
  };
}
