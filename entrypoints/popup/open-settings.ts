import { browser } from 'wxt/browser';

/** The options page: goals, what you can offer, the coach's checks, your data. */
export function openSettings(): void {
  browser.runtime.openOptionsPage().catch((error: unknown) => console.error(error));
}
