import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';

const POLL = { timeout: 10_000, interval: 50 };

/** The label of the focused form field, as a screen reader would read it. */
function focusedLabel(page: ScenarioPage) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
}

/** Tabs forward until `reached` says so; a page that traps or loses focus never gets there. */
async function tabUntil(page: ScenarioPage, reached: () => Promise<boolean>, most = 20) {
  for (let i = 0; i < most; i++) {
    await page.press('Tab');
    if (await reached()) return;
  }
  throw new Error(`Not reached in ${most} presses of Tab; focus is on ${await page.focused()}`);
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
