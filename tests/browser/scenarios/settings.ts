import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { expectAttribute, expectCount, pageSends, PANEL, PROMPT } from './expect-page';
import { TYPED_TRANSACTIONAL_NOTE } from './invitation';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

const ARTDECO = INVITATION_LAYOUTS[0]!;
const SAVED = { css: '[data-testid="save-status"]' };

/** A goal and an offer set on the options page show up in the prompt's starters and in the popup. */
export async function goalsAndOffersFlowIntoPromptAndPopup(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const options = await browser.openExtensionPage('options.html');
  await options.fill({ role: 'textbox', name: 'Add an offer' }, 'intros to city data teams');
  await options.click({ role: 'button', name: 'Add' });
  await options.fill({ css: 'input[type="number"]' }, '8');
  await expect.poll(() => options.text(SAVED)).toBe('Saved');
  await options.close();

  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.waitFor(PROMPT);
  expect(await page.text(PROMPT)).toContain('intros to city data teams');
  await page.click({ css: 'cultivate-prompt .starter' });
  await page.waitFor(NOTE);
  await expectAttribute(page, ARTDECO.send, 'disabled', null);
  await page.click(ARTDECO.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  await page.close();

  const popup = await browser.openExtensionPage('popup.html');
  const notes = { css: '[role="progressbar"][aria-label="Personal notes this week"]' };
  await popup.waitFor(notes);
  await expect.poll(() => popup.attribute(notes, 'aria-valuetext')).toMatch(/your goal: 8 a week/);
  await popup.close();
  await browser.clearStorage();
}

/** A check switched off on the options page leaves the open panel at once, and comes back when switched on. */
export async function ruleSwitchedOffLeavesThePanel(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  const rule = await page.attribute({ css: 'cultivate-coach .first-fix [data-rule]' }, 'data-rule');
  expect(rule).toBeTruthy();

  const options = await browser.openExtensionPage('options.html');
  const toggle = { css: `label[data-rule="${rule}"] input[type="checkbox"]` };
  await options.waitFor(toggle);
  await options.click(toggle);
  await expect.poll(() => options.text(SAVED)).toBe('Saved');
  await expectCount(page, { css: `cultivate-coach [data-rule="${rule}"]` }, 0);

  await options.click(toggle);
  await expect.poll(() => page.count({ css: `cultivate-coach [data-rule="${rule}"]` })).toBeGreaterThan(0);
  await options.close();
  await page.close();
  await browser.clearStorage();
}

/** With the pause on, the first Send of a transactional note asks "send anyway?"; the second sends. */
export async function pauseBeforeATransactionalNoteAsksOnce(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const options = await browser.openExtensionPage('options.html');
  await options.click({ css: 'input[type="checkbox"]:not([data-rule] input)' });
  await expect.poll(() => options.text(SAVED)).toBe('Saved');
  await options.close();

  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  await page.click(ARTDECO.send);
  await page.waitFor({ css: 'cultivate-coach [role="alert"]' });
  expect(await page.text({ css: 'cultivate-coach [role="alert"]' })).toMatch(/send anyway/i);
  expect(await pageSends(page)).toBe(0);
  await page.click(ARTDECO.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  await page.close();
  await browser.clearStorage();
}
