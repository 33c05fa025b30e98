import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { backgroundSends, expectAttribute, expectCount, expectNewSends, pageSends, PANEL, PROMPT } from './expect-page';
import { TYPED_TRANSACTIONAL_NOTE } from './invitation';
import { INVITATION_LAYOUTS, NOTE, UPSELL_LAYOUT } from './layouts';

const ARTDECO = INVITATION_LAYOUTS[0]!;

async function openNote(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.waitFor(NOTE);
  return page;
}

/** When free notes are used up, the prompt says so and suggests connecting now, following up later. */
export async function upsellSuggestsConnectingAndFollowingUp(browser: ScenarioBrowser) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(UPSELL_LAYOUT.path);
  await UPSELL_LAYOUT.open(page);
  await expectAttribute(page, PROMPT, 'data-mode', 'no-notes');
  expect(await page.text(PROMPT)).toMatch(/follow up with a message/i);
  // Nothing is held back: the first "Send without a note" sends.
  await page.click({ role: 'button', name: 'Send without a note' });
  await expect.poll(() => pageSends(page)).toBe(1);
  await expectNewSends(browser, before, 1);
  await page.close();
}

/**
 * A finding dismissed for this draft goes away, and is not kept with the send; a muted rule stays
 * away, on every page, until unmuted.
 */
export async function dismissAndMute(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await openNote(browser);
  await page.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');

  const first = await page.attribute({ css: 'cultivate-coach .first-fix [data-rule]' }, 'data-rule');
  expect(first).toBeTruthy();
  await page.click({ css: 'cultivate-coach .first-fix button[aria-label^="Options"]' });
  await page.click({ css: 'cultivate-coach .first-fix button[aria-label^="Dismiss"]' });
  await expectCount(page, { css: `cultivate-coach [data-rule="${first}"]` }, 0);

  const second = await page.attribute({ css: 'cultivate-coach .first-fix [data-rule]' }, 'data-rule');
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await page.click({ css: 'cultivate-coach .first-fix button[aria-label^="Options"]' });
  await page.click({ css: 'cultivate-coach .first-fix button[aria-label^="Turn off"]' });
  await expectCount(page, { css: `cultivate-coach [data-rule="${second}"]` }, 0);

  // The history keeps what the person saw: neither the dismissed nor the muted finding.
  const before = (await backgroundSends(browser)).length;
  await page.click(ARTDECO.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent?.analysis?.verdict).toBe('transactional');
  expect(sent?.analysis?.rules).not.toContain(first);
  expect(sent?.analysis?.rules).not.toContain(second);
  expect(sent?.analysis?.rules.length).toBeGreaterThan(0);
  await page.close();

  // A new draft: the dismissed finding is back, the muted one is not.
  const again = await openNote(browser);
  await again.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(again, PANEL, 'data-verdict', 'transactional');
  await expect.poll(() => again.count({ css: `cultivate-coach [data-rule="${second}"]` })).toBe(0);
  expect(await again.count({ css: `cultivate-coach [data-rule="${first}"]` })).toBeGreaterThan(0);
  await again.close();
  await browser.clearStorage();
}

/** The panel from the keyboard alone: Tab from the note reaches it, Esc folds it, the verdict is announced. */
export async function panelWorksFromTheKeyboard(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await openNote(browser);
  await page.click(NOTE);
  await page.type(NOTE, 'Hi there, expanding my network. Quick call this week?');
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  const live = { css: 'cultivate-coach [role="status"][aria-live="polite"]' };
  await expect.poll(() => page.text(live)).toMatch(/transaction/i);

  await page.press('Tab');
  // Firefox puts a scrolling region in the tab order so the keyboard can scroll it; Chromium
  // skips one that holds a button. Either way, the first stop after the note is our panel.
  if (/^section\|.*\|Cultivate coach\|/.test(await page.focused())) await page.press('Tab');
  expect(await page.focused()).toMatch(/^button\|Hide coach/);
  await page.press('Tab');
  expect(await page.focused()).toMatch(/^button\|.*\|Options: /);
  await page.press('Enter');
  await page.press('Tab');
  expect(await page.focused()).toMatch(/^button\|Dismiss/);
  await page.press('Enter');
  // The next finding takes the dismissed one's place; the fold button is a few steps back.
  for (let i = 0; i < 3 && !/^button\|Hide coach/.test(await page.focused()); i++) await page.press('Shift+Tab');
  expect(await page.focused()).toMatch(/^button\|Hide coach/);

  await page.press('Escape');
  await expectAttribute(page, { css: 'cultivate-coach .toggle' }, 'aria-expanded', 'false');
  // Esc folded only our panel: LinkedIn's dialog is still open.
  expect(await page.count(NOTE)).toBe(1);
  await page.press('Enter');
  await expectAttribute(page, { css: 'cultivate-coach .toggle' }, 'aria-expanded', 'true');
  await page.close();
  await browser.clearStorage();
}

/** The prompt from the keyboard alone: its starters are reachable and choosing one fills the note. */
export async function promptWorksFromTheKeyboard(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.waitFor(PROMPT);
  let reached = '';
  for (let i = 0; i < 12 && !reached.startsWith('button|Hi Ana'); i++) {
    await page.press('Tab');
    reached = await page.focused();
  }
  expect(reached).toMatch(/^button\|Hi Ana/);
  await page.press('Enter');
  await page.waitFor(NOTE);
  await expect.poll(() => page.value(NOTE)).toMatch(/^Hi Ana/);
  await expectAttribute(page, ARTDECO.send, 'disabled', null);
  await page.close();
}

/** LinkedIn navigates without reloading: the coach follows from the feed to a profile and back. */
export async function followsClientSideNavigation(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn('/feed/');
  await page.waitFor({ css: 'a[href="/in/leilani-kahale/"]' });
  expect(await page.count({ css: 'cultivate-coach, cultivate-prompt' })).toBe(0);
  await page.click({ css: 'a.update-components-actor__meta-link[href="/in/leilani-kahale/"]' });
  await page.click({ role: 'button', name: 'Invite Leilani Kahale to connect' });
  await page.waitFor(PROMPT);
  await page.click({ role: 'button', name: 'Add a note' });
  await page.type(NOTE, 'Hi Leilani, your reef restoration talk in Hilo was wonderful. Happy to share our coral nursery logs. How do you pick sites?');
  await expectAttribute(page, PANEL, 'data-verdict', 'relational');
  await page.close();
}

/** The first message after connecting is coached too, and recorded once, by click or by Enter. */
export async function coachesAndRecordsMessages(browser: ScenarioBrowser) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn('/messaging/thread/2-abc/');
  const box = { css: '.msg-form__contenteditable' };
  await page.click(box);
  await page.type(box, 'Thanks for connecting, Ngozi! Your post on vaccine cold chains was so useful. Happy to share our fridge audit template.');
  await expectAttribute(page, PANEL, 'data-verdict', 'relational');
  await page.press('Enter');
  await expect.poll(() => pageSends(page)).toBe(1);
  const [first] = await expectNewSends(browser, before, 1);
  expect(first).toMatchObject({ surface: 'message', recipient: { name: 'Ngozi Okafor' } });

  // Back into the emptied box, as a person would, before the second message.
  await page.click(box);
  await page.type(box, 'Also, how did you get the district to fund the solar fridges?');
  await page.click({ css: 'button.msg-form__send-button' });
  await expect.poll(() => pageSends(page)).toBe(2);
  await expectNewSends(browser, before, 2);
  await page.close();
}

/**
 * Pages without a composer show nothing of ours. A check right after the page loads would also
 * pass if our script had not started yet, so the positive control comes first: a note appearing on
 * this same page, and the person's click in it, bring the panel (the script is running and
 * watching), and once the note is gone again, nothing of ours is left.
 */
export async function noUiWithoutAComposer(browser: ScenarioBrowser) {
  const ours = { css: 'cultivate-coach, cultivate-prompt' };
  const page = await browser.openLinkedIn('/feed/static/');
  await page.waitFor({ css: 'main' });
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.id = 'control-note';
    const note = document.createElement('textarea');
    note.id = 'custom-message';
    const counter = document.createElement('span');
    counter.textContent = '0/200';
    const send = document.createElement('button');
    send.className = 'artdeco-button--primary';
    send.textContent = 'Send';
    dialog.append(note, counter, send);
    document.body.append(dialog);
  });
  // Our UI comes to a composer only after the person acts in it (issue 16): their click in the note.
  await page.click({ css: '#control-note textarea' });
  await expectAttribute(page, PANEL, 'data-verdict', 'empty');
  await page.evaluate(() => document.getElementById('control-note')?.remove());
  await expectCount(page, ours, 0);
  expect(await page.count({ css: 'main' })).toBe(1);
  await page.close();
}

/** Settings written by another version, or corrupted, are ignored: coaching goes on. */
export async function survivesCorruptSettings(browser: ScenarioBrowser) {
  await browser.setStorage({ settings: { version: 1, mutedRules: 42, weeklyNoteGoal: 'lots', offers: 'intros' } }, 'sync');
  await browser.setStorage({ 'panel-collapsed': 'yes' }, 'local');
  const page = await openNote(browser);
  await page.type(NOTE, TYPED_TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  await page.close();
  await browser.clearStorage();
}

/** Everything above ran without the extension reaching the network. */
export async function madeNoNetworkRequest(browser: ScenarioBrowser) {
  expect(browser.strayRequests()).toEqual([]);
}
