import type { browser as extensionApi } from 'wxt/browser';

type Browser = typeof extensionApi;

// The coaching UI's `wxt/browser` (wxt.config.ts points it here for that module alone): the
// extension API object the LinkedIn watcher already holds, handed over when the watcher starts the
// coaching UI, so the page loads webextension-polyfill once, not twice.

let handed: Browser | undefined;

/** Called by the coaching UI's start function before anything of it touches the extension API. */
export function receiveBrowser(api: Browser): void {
  handed = api;
}

export const browser: Browser = new Proxy({} as Browser, {
  get(_, key) {
    if (!handed) throw new Error('The coaching UI used the extension API before the watcher handed it over.');
    return Reflect.get(handed, key);
  },
});
