import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { backgroundSends, expectCount } from './expect-page';
import { ensureTwoPeopleInHistory } from './history-setup';

const POLL = { timeout: 10_000, interval: 50 };

/** The label of the focused form field, as a screen reader would read it. */
function focusedLabel(page: ScenarioPage) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
}

const HISTORY_ITEM = { css: '[data-testid="history-item"]' };

/** Tabs until `reached` says so; a page that traps or loses focus never gets there. */
async function tabUntil(page: ScenarioPage, reached: () => Promise<boolean>, most = 20, key = 'Tab') {
  for (let i = 0; i < most; i++) {
    await page.press(key);
    if (await reached()) return;
  }
  throw new Error(`Not reached in ${most} presses of ${key}; focus is on ${await page.focused()}`);
}

/** Options from the keyboard alone: Tab to a goal, change it with the arrow keys, and it is saved. */
export async function optionsWorkFromTheKeyboard(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await browser.openExtensionPage('options.html');
  await page.waitFor({ css: 'main[aria-busy="false"]' });
  await tabUntil(page, async () => (await focusedLabel(page)) === 'Personal notes a week');
  const before = Number(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));

  await page.press('ArrowUp');
  await expect.poll(() => page.text({ css: '[data-testid="save-status"]' }), POLL).toBe('Saved');
  await page.close();

  // Saved for good: a new options page shows the new goal.
  const again = await browser.openExtensionPage('options.html');
  await again.waitFor({ css: 'main[aria-busy="false"]' });
  const goal = await again.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Personal notes a week');
    return (label?.control as HTMLInputElement | null)?.value ?? '';
  });
  expect(Number(goal)).toBe(before + 1);
  await again.close();
  await browser.clearStorage();
}

/** Where focus is: the nearest test id around it, the element and its text. */
function focusContext(page: ScenarioPage) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const around = el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
    return `${around}|${el?.tagName.toLowerCase() ?? ''}|${(el?.textContent ?? '').trim()}`;
  });
}

/**
 * Makes the follow-up with `name` due now, as if they accepted a while ago: written straight into
 * the history database from an extension page, because the real wait is days.
 */
async function makeFollowUpDue(browser: ScenarioBrowser, name: string) {
  const page = await browser.openExtensionPage('options.html');
  const found = await page.evaluateScript<boolean>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('cultivate-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('contacts', 'readwrite');
      const contacts = tx.objectStore('contacts');
      let found = false;
      contacts.getAll().onsuccess = (event) => {
        const contact = event.target.result.find((c) => c.name === ${JSON.stringify(name)});
        if (!contact) return;
        found = true;
        contacts.put({ ...contact, stage: 'connected', nextFollowUpAt: Date.now() - 60_000 });
      };
      tx.oncomplete = () => { db.close(); resolve(found); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
  expect(found, `${name} is in the history`).toBe(true);
  await page.close();
}

/**
 * The popup from the keyboard alone: Tab moves through the recent connections, Enter opens one,
 * Esc goes back to the same place, and a follow-up is marked done without losing focus.
 */
export async function popupWorksFromTheKeyboard(browser: ScenarioBrowser) {
  await ensureTwoPeopleInHistory(browser);
  const [newest] = (await backgroundSends(browser)).map((s) => s.recipient.name);
  await makeFollowUpDue(browser, newest!);

  const page = await browser.openExtensionPage('popup.html');
  await expect.poll(() => page.count(HISTORY_ITEM), POLL).toBeGreaterThanOrEqual(2);
  const onItem = async (index: number) =>
    page.evaluate(() => {
      const card = document.activeElement?.closest('[data-testid="history-item"]');
      return card ? [...document.querySelectorAll('[data-testid="history-item"]')].indexOf(card) : -1;
    }).then((at) => at === index && page.evaluate(() => document.activeElement?.tagName === 'BUTTON'));
  await tabUntil(page, () => onItem(0));
  await tabUntil(page, () => onItem(1), 6);
  const opened = await focusContext(page);

  await page.press('Enter');
  await page.waitFor({ css: '[data-testid="timeline"]' });
  expect(await focusContext(page)).toMatch(/^timeline\|/);
  await page.press('Escape');
  await page.waitFor({ css: '[data-testid="timeline"]' }, 'hidden');
  expect(await focusContext(page)).toBe(opened);
  expect(await onItem(1)).toBe(true);

  // Follow-ups due are one line above the people: open it from the keyboard, then Done.
  await tabUntil(page, async () => /^follow-ups-line\|button\|\d+ follow-ups? due/.test(await focusContext(page)), 30, 'Shift+Tab');
  await page.press('Enter');
  await page.waitFor({ css: '[data-testid="follow-up"]' });
  const done = `follow-up|button|Done following up with ${newest}`;
  await tabUntil(page, async () => (await focusContext(page)) === done, 30);
  await page.press('Enter');
  await expectCount(page, { css: '[data-testid="follow-up"]' }, 0);
  await expect.poll(() => page.text({ css: '[data-testid="announcer"]' }), POLL).toContain(newest);
  // Focus moved on to something of the popup's, not back to the top of the page.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.close();
}
