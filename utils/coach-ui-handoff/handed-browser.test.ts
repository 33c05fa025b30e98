import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, receiveBrowser } from './handed-browser';

// Runs before any other test in this file can hand an object over: module state is per file.
test('says plainly when the coaching UI reaches for the extension API before the watcher handed it over', () => {
  expect(() => browser.runtime).toThrow(/before the watcher handed it over/);
});

test('is the watcher’s own extension API once handed over', async () => {
  // WXT's fake browser implements storage and runtime, all the coaching UI uses; not every namespace.
  receiveBrowser(fakeBrowser as unknown as typeof browser);
  expect(browser.storage).toBe(fakeBrowser.storage);
  await browser.storage.local.set({ seen: 1 });
  expect(await fakeBrowser.storage.local.get('seen')).toEqual({ seen: 1 });
});
