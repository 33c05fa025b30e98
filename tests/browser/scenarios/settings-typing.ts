import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';

const SAVED = { css: '[data-testid="save-status"]' };
const WHY = { role: 'textbox', name: 'Why you network, in one line' } as const;
const OFFER = { role: 'textbox', name: 'Add an offer' } as const;

/** What the extension keeps in each storage area, read from its own page. */
function storedAreas(page: Awaited<ReturnType<ScenarioBrowser['openExtensionPage']>>) {
  return page.evaluate(async () => {
    type Area = { get(keys: string | null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; sync: Area } };
    const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (globals.browser ?? globals.chrome)!;
    return { local: await api.storage.local.get('settings'), sync: await api.storage.sync.get(null) };
  });
}

/**
 * 300 characters typed as fast as the browser takes keys (200 in "why", 100 in an offer) are all
 * saved, on this device only. Each key used to be a write to storage.sync, whose quota of writes a
 * minute then refused the rest.
 */
export async function typingFastSavesEveryCharacter(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const why = 'to learn from people who build public data tools, '.repeat(4).slice(0, 200);
  const offer = 'an hour of code review for maintainers of civic data libraries, on a call or in writing '.slice(0, 100).padEnd(100, '.');
  const options = await browser.openExtensionPage('options.html');
  await options.waitFor({ css: 'main[aria-busy="false"]' });
  await options.type(WHY, why);
  await options.type(OFFER, offer);
  await options.press('Enter');
  await expect.poll(() => options.text(SAVED), { timeout: 10_000 }).toBe('Saved');
  const stored = await storedAreas(options);
  expect(stored.sync).toEqual({});
  const settings = stored.local.settings as { why: string; offers: string[] };
  expect(settings.why).toBe(why);
  expect(settings.offers).toEqual([offer.trim()]);
  expect(settings.why.length + settings.offers[0]!.length).toBe(300);
  await options.close();

  // Saved for good: a new options page shows all of it.
  const again = await browser.openExtensionPage('options.html');
  await again.waitFor({ css: 'main[aria-busy="false"]' });
  expect(await again.value(WHY)).toBe(why);
  expect(await again.text({ css: 'ul.offers' })).toContain(offer.trim());
  await again.close();
  await browser.clearStorage();
}

/** Settings an earlier version left in storage.sync are moved to storage.local on first use. */
export async function settingsLeftInSyncMoveToThisDevice(browser: ScenarioBrowser) {
  await browser.clearStorage();
  await browser.setStorage({ settings: { version: 1, weeklyNoteGoal: 9, why: 'left in sync' } }, 'sync');
  const options = await browser.openExtensionPage('options.html');
  await options.waitFor({ css: 'main[aria-busy="false"]' });
  expect(await options.value(WHY)).toBe('left in sync');
  const stored = await storedAreas(options);
  expect(stored.sync).toEqual({});
  expect(stored.local.settings).toMatchObject({ weeklyNoteGoal: 9, why: 'left in sync' });
  await options.close();
  await browser.clearStorage();
}
