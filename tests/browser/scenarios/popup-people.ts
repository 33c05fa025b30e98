import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { backgroundSends, expectNewSends, pageSends, panelHasRead } from './expect-page';
import { INVITATION_LAYOUTS, NOTE, type InvitationLayout } from './layouts';

const PEOPLE = [INVITATION_LAYOUTS[0]!, INVITATION_LAYOUTS[1]!, INVITATION_LAYOUTS[2]!];
const POLL = { timeout: 10_000, interval: 50 };

const secondNote = (layout: InvitationLayout) =>
  `Hi ${layout.person.split(' ')[0]}, following up on my note: the write-up I mentioned is ready whenever it helps.`;

async function sendThrough(browser: ScenarioBrowser, layout: InvitationLayout, note: string) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.click(layout.addNote);
  await page.fill(NOTE, note);
  await panelHasRead(page);
  await layout.beforeSend?.(page);
  await page.click(layout.send);
  await expect.poll(() => pageSends(page), POLL).toBe(1);
  await expectNewSends(browser, before, 1);
  await page.close();
}

interface Row {
  key: string;
  name: string;
  latest: string;
  top: number;
  bottom: number;
  right: number;
}

/** The rows as laid out: where each sits, and what it says. */
function rowsOnScreen(popup: ScenarioPage) {
  return popup.evaluate(() => {
    const main = document.querySelector('.popup__main')!;
    return {
      scrolled: main.scrollTop,
      visibleBottom: Math.min(main.getBoundingClientRect().bottom, 600),
      rows: [...document.querySelectorAll<HTMLElement>('[data-testid="history-item"]')].map((row) => {
        const box = row.getBoundingClientRect();
        return {
          key: row.dataset.key ?? '',
          name: row.querySelector('.contact-opener')?.textContent ?? '',
          latest: row.querySelector('[data-testid="latest-touch"]')?.textContent ?? '',
          top: box.top,
          bottom: box.bottom,
          right: box.right,
        };
      }),
    };
  });
}

/**
 * Three people, two invitations each, sent through LinkedIn's own dialogs: the popup's first
 * screen (380 × 600, nothing scrolled) shows three rows, one per person, each with the second note.
 */
export async function firstScreenIsOneRowPerPerson(browser: ScenarioBrowser) {
  for (const round of [0, 1]) {
    for (const layout of PEOPLE) await sendThrough(browser, layout, round === 0 ? layout.relationalNote : secondNote(layout));
  }
  const popup = await browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.count({ css: '[data-testid="history-item"]' }), POLL).toBeGreaterThanOrEqual(3);
  const { scrolled, visibleBottom, rows } = await rowsOnScreen(popup);
  expect(scrolled).toBe(0);
  const firstThree: Row[] = rows.slice(0, 3);
  expect(firstThree.map((r) => r.name)).toEqual([...PEOPLE].reverse().map((l) => l.person));
  for (const [i, row] of firstThree.entries()) {
    const layout = [...PEOPLE].reverse()[i]!;
    expect(row.latest, `${layout.person}'s row shows the latest note`).toMatch(
      new RegExp(`^“Hi ${layout.person.split(' ')[0]}, following up on my note`),
    );
    expect(row.bottom, `${layout.person}'s row is on the first screen`).toBeLessThanOrEqual(visibleBottom);
    expect(row.right).toBeLessThanOrEqual(380);
  }
  // One row per person, whatever else the history holds (its people all have different names).
  expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  await popup.close();
}

/** The chart's counts by keyboard: one tab stop, arrows between weeks, the week's count shown on focus. */
export async function chartCountsByKeyboard(browser: ScenarioBrowser) {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor({ css: '[data-testid="activity-chart"]' });
  await popup.evaluate(() => document.querySelector<HTMLElement>('.chart__week[tabindex="0"]')?.focus());
  const shown = () =>
    popup.evaluate(() => {
      const week = document.activeElement as HTMLElement;
      const tip = week.querySelector('.chart__tip');
      return {
        total: week.dataset.total ?? '',
        tip: tip?.textContent ?? '',
        tipVisible: !!tip && getComputedStyle(tip).visibility === 'visible',
        said: week.querySelector('.visually-hidden')?.textContent ?? '',
        others: [...document.querySelectorAll('.chart__tip')].filter((t) => getComputedStyle(t).visibility === 'visible').length,
      };
    });
  const now = await shown();
  expect(now.tipVisible).toBe(true);
  expect(now.others).toBe(1);
  expect(now.tip).toBe(`${now.total} · this week`);
  expect(now.said).toMatch(new RegExp(`^This week \\(.+\\): ${now.total} in all, `));
  await popup.press('ArrowLeft');
  const before = await shown();
  expect(before.tipVisible).toBe(true);
  expect(before.said).toMatch(new RegExp(`^Week of .+: ${before.total} in all, `));
  expect(before.tip.startsWith(`${before.total} · `)).toBe(true);
  await popup.close();
}

/** Stage actions follow the stage: only the next step is offered, and none once in conversation. */
export async function stageActionsFollowTheStage(browser: ScenarioBrowser) {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor({ css: '[data-testid="history-item"]' });
  const requested = await popup.evaluate(() => {
    const row = [...document.querySelectorAll('[data-testid="history-item"]')].find((r) => r.textContent?.includes('Requested'));
    row?.querySelector<HTMLElement>('.contact-opener')?.click();
    return !!row;
  });
  expect(requested).toBe(true);
  await popup.waitFor({ css: '[data-testid="timeline"]' });
  const actions = () =>
    popup.evaluate(() => [...document.querySelectorAll('.stage-actions button')].map((b) => b.textContent));
  expect(await actions()).toEqual(['Mark accepted']);
  await popup.click({ role: 'button', name: 'Mark accepted' });
  await expect.poll(actions, POLL).toEqual(['Mark replied']);
  await popup.click({ role: 'button', name: 'Mark replied' });
  await expect.poll(actions, POLL).toEqual([]);
  expect(await popup.text({ css: '[data-testid="stage"]' })).toMatch(/In conversation/);
  await popup.close();
}

/** Whether the extension page the driver controls from (its options page) is the active tab. */
const CONTROL_TAB_ACTIVE = `new Promise((resolve) => {
  const api = globalThis.browser ?? globalThis.chrome;
  Promise.resolve(api.tabs.getCurrent()).then((tab) => resolve(Boolean(tab && tab.active)));
})`;

/**
 * The header's Settings opens the options page. The driver already holds one options tab, so the
 * browser brings that tab to the front (as it does for a person who left one open) rather than
 * opening a second: the test sees the options tab become the active one.
 */
export async function settingsReachableFromThePopup(browser: ScenarioBrowser) {
  expect(await browser.inExtension<string>('location.pathname')).toBe('/options.html');
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor({ role: 'button', name: 'Settings' });
  expect(await browser.inExtension<boolean>(CONTROL_TAB_ACTIVE)).toBe(false);
  await popup.click({ role: 'button', name: 'Settings' });
  await expect.poll(() => browser.inExtension<boolean>(CONTROL_TAB_ACTIVE), POLL).toBe(true);
  await popup.close();
}
