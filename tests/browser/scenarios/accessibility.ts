import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { axeViolations, expectNoAxeViolations } from './axe-audit';
import { backgroundSends, expectAttribute, PANEL, PROMPT } from './expect-page';
import { ensureTwoPeopleInHistory } from './history-setup';
import { TRANSACTIONAL_NOTE } from './invitation';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: ColorScheme[] = ['light', 'dark'];

const OUR_HOSTS = ['cultivate-coach', 'cultivate-prompt'];
const ARTDECO = INVITATION_LAYOUTS[0]!;

/** The browser really reports the scheme asked for, or a dark audit would be a second light one. */
async function expectScheme(page: ScenarioPage, scheme: ColorScheme) {
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
}

/** The note prompt on step one of the invitation dialog. */
export async function promptPassesAxe(browser: ScenarioBrowser, scheme: ColorScheme) {
  const page = await browser.openLinkedIn(ARTDECO.path, { colorScheme: scheme });
  await expectScheme(page, scheme);
  await ARTDECO.open(page);
  await page.waitFor(PROMPT);
  await expectAttribute(page, { css: 'cultivate-prompt [data-theme]' }, 'data-theme', scheme);
  await expectNoAxeViolations(page, `the note prompt (${scheme})`, OUR_HOSTS);
  await page.close();
}

/** The panel beside a transactional note: its findings, then with the other suggestions open. */
export async function panelPassesAxe(browser: ScenarioBrowser, scheme: ColorScheme) {
  await browser.clearStorage();
  const page = await browser.openLinkedIn(ARTDECO.path, { colorScheme: scheme });
  await expectScheme(page, scheme);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.fill(NOTE, TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  await expectAttribute(page, PANEL, 'data-theme', scheme);
  await page.waitFor({ css: 'cultivate-coach .first-fix [data-rule]' });
  await expectNoAxeViolations(page, `the panel with findings (${scheme})`, OUR_HOSTS);

  const more = { css: 'cultivate-coach .more' };
  await page.click(more);
  await expectAttribute(page, more, 'aria-expanded', 'true');
  await expectNoAxeViolations(page, `the panel with more suggestions open (${scheme})`, OUR_HOSTS);
  await page.close();
}

/** The popup of someone who has sent nothing yet: a fresh profile. */
export async function emptyPopupPassesAxe(browser: ScenarioBrowser, scheme: ColorScheme) {
  expect(await backgroundSends(browser), 'this audit needs a profile with no history').toEqual([]);
  const page = await browser.openExtensionPage('popup.html', { colorScheme: scheme });
  await expectScheme(page, scheme);
  await page.waitFor({ css: '[data-testid="empty-history"]' });
  await expectNoAxeViolations(page, `the empty popup (${scheme})`);
  await page.close();
}

/** The popup after a couple of invitations went out through LinkedIn's own dialogs. */
export async function popupWithHistoryPassesAxe(browser: ScenarioBrowser, scheme: ColorScheme) {
  await ensureTwoPeopleInHistory(browser);
  const page = await browser.openExtensionPage('popup.html', { colorScheme: scheme });
  await expectScheme(page, scheme);
  await expect.poll(() => page.count({ css: '[data-testid="history-item"]' }), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  // The sections below the people load after them: audit the chart and this week too.
  await page.waitFor({ css: '[data-testid="activity-chart"]' });
  await page.waitFor({ css: '[role="progressbar"]' });
  await expectNoAxeViolations(page, `the popup with history (${scheme})`);
  await page.close();
}

/** The options page, once its settings have loaded. */
export async function optionsPassesAxe(browser: ScenarioBrowser, scheme: ColorScheme) {
  const page = await browser.openExtensionPage('options.html', { colorScheme: scheme });
  await expectScheme(page, scheme);
  await page.waitFor({ css: 'main[aria-busy="false"]' });
  await expectNoAxeViolations(page, `the options page (${scheme})`);
  await page.close();
}

/** The audit can fail: a nameless button and faint text planted in our shadow root are caught. */
export async function auditCatchesAFlawInOurShadowRoot(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.waitFor(PROMPT);
  await page.lendClosedRootsToPage();
  await page.evaluate(() => {
    const root = document.querySelector('cultivate-prompt')!.shadowRoot!;
    const flaw = document.createElement('div');
    flaw.innerHTML = '<button type="button"></button><p style="color:#ddd;background:#fff">Faint words</p>';
    root.querySelector('[data-testid="note-prompt"]')!.append(flaw);
  });
  const violations = await axeViolations(page, 'the prompt with a planted flaw', OUR_HOSTS);
  expect(violations).toEqual([
    expect.stringMatching(/^button-name \(critical\) at cultivate-prompt ⟶ shadow ⟶ /),
    expect.stringMatching(/^color-contrast \(serious\) at cultivate-prompt ⟶ shadow ⟶ /),
  ]);
  await page.close();
}
