import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { backgroundSends, expectAttribute, expectCount, expectNewSends, pageSends, PANEL, PROMPT } from './expect-page';
import { NOTE, type InvitationLayout } from './layouts';

export const TRANSACTIONAL_NOTE =
  'Hi there, I am expanding my network with like-minded professionals. Could we hop on a quick call this week about our services?';
/**
 * What the scenarios type key by key: five findings, as many as the panel's tests walk through, in
 * 80 characters rather than 126 (each key is a real input event, an analysis and a render: on the
 * 2-core machine every character saved is about 12 ms a scenario, twice that with both browsers up).
 */
export const TYPED_TRANSACTIONAL_NOTE = 'Hi there, expanding my network. Could we hop on a quick call about our services?';

/** Open the dialog, see the prompt, add a note, watch the verdict follow the words, send once. */
export async function coachesTheNoteAndRecordsOneSend(browser: ScenarioBrowser, layout: InvitationLayout) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await layout.beforeSend?.(page);
  await page.click(layout.addNote);
  await page.waitFor(NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'empty');

  await page.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  expect(await page.count({ css: 'cultivate-coach [data-rule]' })).toBeGreaterThan(0);

  await page.fill(NOTE, layout.relationalNote);
  await expectAttribute(page, PANEL, 'data-verdict', 'relational');
  // The relational band is 70–100 (utils/coach/scoring.ts): a score outside it contradicts the verdict.
  const score = Number(await page.attribute(PANEL, 'data-score'));
  expect(score).toBeGreaterThanOrEqual(70);
  expect(score).toBeLessThanOrEqual(100);
  expect(await page.text(PANEL)).toContain(`${layout.relationalNote.length}/${layout.limit}`);

  await page.click(layout.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent).toMatchObject({ surface: 'invitation', note: layout.relationalNote, recipient: { name: layout.person } });
  expect(sent?.analysis?.verdict).toBe('relational');
  await expectCount(page, { css: 'cultivate-coach' }, 0);
  await page.close();
}

/** The first "Send without a note" shows why a note matters; the second one sends. Never a trap. */
export async function sendWithoutNoteWorksOnTheSecondClick(browser: ScenarioBrowser, layout: InvitationLayout) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await layout.beforeSend?.(page);
  await expectAttribute(page, PROMPT, 'data-mode', 'invite');

  await page.click(layout.sendWithoutNote);
  await expectAttribute(page, PROMPT, 'data-mode', 'confirm');
  expect(await pageSends(page)).toBe(0);

  await page.click(layout.sendWithoutNote);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent).toMatchObject({ surface: 'invitation', note: null, recipient: { name: layout.person } });
  await expectCount(page, PROMPT, 0);
  await page.close();
}

/**
 * A starter opens the note and fills it the way typing would, so LinkedIn's Send comes alive; its
 * marked spot is selected, the coach calls it a placeholder, and what the person types replaces it.
 */
export async function starterFillsTheNoteAndEnablesSend(browser: ScenarioBrowser, layout: InvitationLayout) {
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await layout.beforeSend?.(page);
  const starter = { css: 'cultivate-prompt .starter' };
  const starterText = await page.text(starter);
  expect(starterText).toContain(layout.person.split(' ')[0]!);
  expect(starterText).toContain('[detail]');
  await page.click(starter);
  await page.waitFor(NOTE);
  await expect.poll(() => page.value(NOTE)).toBe(starterText);
  await expectAttribute(page, layout.send, 'disabled', null);
  await expect.poll(() => page.count({ css: 'cultivate-coach .first-fix [data-rule="unfilled-placeholder"]' })).toBe(1);

  // The spot is selected: what the person types replaces it.
  await page.type(NOTE, 'our shared compost trial');
  expect(await page.value(NOTE)).toBe(starterText.replace('[detail]', 'our shared compost trial'));
  await expectAttribute(page, PANEL, 'data-verdict', 'relational');
  await page.close();
}
