import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { backgroundSends, expectAttribute, expectCount, expectNewSends, pageSends, PANEL, PROMPT } from './expect-page';
import { TRANSACTIONAL_NOTE } from './invitation';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

// What a LinkedIn page's own scripts can do against Cultivate (issue 16): forge sends, read or
// press our UI, notice us. Page scripts run through `page.evaluate`, in the page's own world.

const ARTDECO = INVITATION_LAYOUTS[0]!;
const MESSAGES = '/messaging/thread/2-abc/';
const BOX = { css: '.msg-form__contenteditable' };
const NGOZI = 'linkedin.com/in/ngozi-okafor';
/** Long enough for a send the coach did accept to reach the history (they take well under a second). */
const SETTLE_MS = 1_500;

type History = { contacts: Record<string, unknown>[]; touches: unknown[] };

/** Everything in the history database, read from an extension page (none yet: empty). */
function history(browser: ScenarioBrowser): Promise<History> {
  return browser.inExtension<History>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('cultivate-history');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => (open.error && open.error.name === 'AbortError' ? resolve({ contacts: [], touches: [] }) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['contacts', 'touches']);
      const contacts = tx.objectStore('contacts').getAll();
      const touches = tx.objectStore('touches').getAll();
      tx.oncomplete = () => { db.close(); resolve({ contacts: contacts.result, touches: touches.result }); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  })`);
}

/** Ngozi as an existing connection with a follow-up planned, as after an accepted invitation. */
async function ngoziIsAConnectionWithAFollowUp(browser: ScenarioBrowser) {
  // The popup opens the history, so the extension's own migrations create it first.
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor({ css: '[data-testid="empty-history"], [data-testid="history-item"]' });
  await popup.close();
  await browser.inExtension(`new Promise((resolve, reject) => {
    const open = indexedDB.open('cultivate-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('contacts', 'readwrite');
      const at = Date.now() - 10 * 86400000;
      tx.objectStore('contacts').put({
        key: ${JSON.stringify(NGOZI)}, name: 'Ngozi Okafor', nameLower: 'ngozi okafor', nameWords: ['ngozi', 'okafor'],
        profileUrl: 'https://www.linkedin.com/in/ngozi-okafor/', firstContactAt: at, stage: 'connected',
        lastTouchAt: at, nextFollowUpAt: Date.now() + 86400000,
      });
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  })`);
}

const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

/**
 * A page script sends an invitation through LinkedIn's own dialog by `.click()`, builds an
 * invitation dialog of its own and sends it by `.click()` and by a synthetic Enter, and sends a
 * message by `.click()` and by a synthetic Enter: the page sends, the history does not change, and
 * the existing contact keeps its stage and follow-up. Then the person's own message is recorded.
 */
export async function forgedSendsRecordNothing(browser: ScenarioBrowser) {
  await ngoziIsAConnectionWithAFollowUp(browser);
  const before = await history(browser);
  expect(before.contacts.find((c) => c.key === NGOZI)).toMatchObject({ stage: 'connected' });

  const profile = await browser.openLinkedIn(ARTDECO.path);
  await profile.waitFor({ role: 'button', name: 'Invite Ana Souza to connect' });
  // Each step waits as long as a coach that did listen would need to load and attach.
  await profile.evaluate(async () => {
    const settleMs = 1_500; // SETTLE_MS: page functions cannot close over it
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const byLabel = (label: string) => document.querySelector<HTMLElement>(`[aria-label="${label}"]`);
    byLabel('Invite Ana Souza to connect')!.click();
    await wait(settleMs);
    byLabel('Add a note')!.click();
    await wait(settleMs);
    const note = document.querySelector<HTMLTextAreaElement>('textarea#custom-message')!;
    note.focus();
    document.execCommand('insertText', false, 'Forged by the page, to anyone it likes');
    byLabel('Send invitation')!.click();
  });
  await expect.poll(() => pageSends(profile)).toBe(1);
  await profile.evaluate(async () => {
    const settleMs = 1_500; // SETTLE_MS: page functions cannot close over it
    // The page's own imitation: its "send" is ours to notice only if a person pressed it.
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.className = 'artdeco-modal send-invite';
    dialog.innerHTML =
      '<p>Personalize your invitation to <strong>Mallory Forger</strong> by adding a note.</p>' +
      '<textarea id="custom-message" name="message">Any note the page likes</textarea>' +
      '<button aria-label="Send invitation" class="artdeco-button--primary">Send</button>';
    document.body.append(dialog);
    const note = dialog.querySelector('textarea')!;
    note.focus();
    await new Promise((r) => setTimeout(r, settleMs));
    dialog.querySelector('button')!.click();
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
  });
  await settle();
  expect(await history(browser)).toEqual(before);
  expect(await profile.count({ css: 'cultivate-coach, cultivate-prompt' })).toBe(0);
  await profile.close();

  const thread = await browser.openLinkedIn(MESSAGES);
  await thread.waitFor(BOX);
  const forged = await thread.evaluate(async () => {
    const settleMs = 1_500; // SETTLE_MS: page functions cannot close over it
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await wait(settleMs);
    const box = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
    const send = document.querySelector<HTMLButtonElement>('button.msg-form__send-button')!;
    // Writes the way LinkedIn's own editor model is fed: paragraph text, then an input event.
    const write = (text: string) => {
      const paragraph = box.querySelector('p') ?? box.appendChild(document.createElement('p'));
      paragraph.textContent = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    };
    write('Forged message, sent by click');
    await wait(100);
    send.click();
    await wait(300);
    write('Forged message, sent by Enter');
    await wait(100);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true }));
    await wait(300);
    return (window as unknown as { __sent: unknown[] }).__sent.length;
  });
  // The page's own scripts really sent (so the coach had something to notice), twice.
  expect(forged).toBe(2);
  await settle();
  expect(await history(browser)).toEqual(before);

  // The person's own message, typed and sent with a real Enter, is recorded: the check can fail.
  await thread.click(BOX);
  await thread.fill(BOX, 'Thanks for connecting, Ngozi! Your post on vaccine cold chains was so useful.');
  await expectAttribute(thread, PANEL, 'data-verdict', 'relational');
  const sendsBefore = (await backgroundSends(browser)).length;
  await thread.press('Enter');
  await expectNewSends(browser, sendsBefore, 1);
  expect((await history(browser)).contacts.find((c) => c.key === NGOZI)).toMatchObject({ stage: 'conversing' });
  await thread.close();
  await browser.clearStorage();
}

/** What the page's scripts find when they look for our UI: hosts with nothing inside. */
function pageLooksInside(page: ScenarioPage) {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('cultivate-coach, cultivate-prompt')];
    let reopened = 0;
    for (const host of hosts) {
      try {
        host.attachShadow({ mode: 'open' });
        reopened++;
      } catch {
        // A host holds one shadow root: ours, closed.
      }
    }
    return {
      hosts: hosts.length,
      openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
      reopened,
      text: hosts.map((h) => (h as HTMLElement).innerText + h.textContent).join(''),
      hooks: document.querySelectorAll('[data-verdict], [data-score], [data-rule], [data-testid="note-prompt"], .starter').length,
    };
  });
}

/**
 * With the prompt and then the panel on screen, the page's scripts find our hosts but nothing
 * inside them, and their clicks change nothing: not on the hosts, not at the place of our
 * buttons, not even on our buttons themselves (were the page ever to hold them). The person's
 * own clicks on the same buttons work.
 */
export async function ourUiIsClosedToThePage(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.waitFor(PROMPT);
  const starter = { css: 'cultivate-prompt .starter' };
  // As a strip (a small window), the prompt shows its starters after the person's "Ways to begin".
  if ((await page.attribute(PROMPT, 'data-layout')) === 'strip') await page.click({ css: 'cultivate-prompt button[aria-expanded="false"]' });
  await expect.poll(() => page.count(starter)).toBeGreaterThan(0);
  expect(await pageLooksInside(page)).toEqual({ hosts: 1, openRoots: 0, reopened: 0, text: '', hooks: 0 });

  // Clicks a page can make: on the host, and on whatever sits where the first starter is.
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('cultivate-prompt')!;
    host.click();
    const box = host.getBoundingClientRect();
    for (let y = box.top + 4; y < box.bottom; y += 8) (document.elementFromPoint(box.left + box.width / 2, y) as HTMLElement | null)?.click();
  });
  expect(await page.scriptClick(starter)).toBe(true);
  await new Promise((r) => setTimeout(r, 500));
  expect(await page.count(NOTE)).toBe(0);
  await expectAttribute(page, PROMPT, 'data-mode', 'invite');

  await page.click(ARTDECO.addNote);
  await page.fill(NOTE, TRANSACTIONAL_NOTE);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  const looked = await pageLooksInside(page);
  expect(looked).toMatchObject({ openRoots: 0, reopened: 0, text: '', hooks: 0 });

  const fix = 'cultivate-coach .first-fix';
  const rule = await page.attribute({ css: `${fix} [data-rule]` }, 'data-rule');
  expect(rule).toBeTruthy();
  const shown = { css: `cultivate-coach [data-rule="${rule}"]` };
  const toggle = { css: 'cultivate-coach .toggle' };
  const menu = { css: `${fix} .menu-button` };
  const apply = { css: `${fix} .apply` };
  // The finding's ⋯ menu opens for the person only; Apply edits nothing for a script.
  expect(await page.scriptClick(menu)).toBe(true);
  const noteBefore = await page.value(NOTE);
  expect(await page.scriptClick(apply)).toBe(true);
  await new Promise((r) => setTimeout(r, 500));
  expect(await page.attribute(menu, 'aria-expanded')).toBe('false');
  expect(await page.value(NOTE)).toBe(noteBefore);
  await page.click(menu);
  await expectAttribute(page, menu, 'aria-expanded', 'true');
  expect(await page.scriptClick({ css: `${fix} button[aria-label^="Turn off"]` })).toBe(true);
  expect(await page.scriptClick({ css: `${fix} button[aria-label^="Dismiss"]` })).toBe(true);
  expect(await page.scriptClick(toggle)).toBe(true);
  await new Promise((r) => setTimeout(r, 500));
  expect(await page.count(shown)).toBeGreaterThan(0);
  expect(await page.attribute(toggle, 'aria-expanded')).toBe('true');

  // The person's own click on "Turn off this check" does turn it off.
  await page.click({ css: `${fix} button[aria-label^="Turn off"]` });
  await expectCount(page, shown, 0);
  await page.close();
  await browser.clearStorage();
}

/** The page's record of every element added to it that its own script did not create. */
const WATCH_AND_PLANT = `(() => {
  const planted = new WeakSet();
  const make = (html) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    for (const el of [holder, ...holder.querySelectorAll('*')]) planted.add(el);
    document.querySelector('main').append(holder);
    return holder;
  };
  window.__foreign = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !planted.has(node)) window.__foreign.push(node.localName);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  make('<section class="msg-overlay-conversation-bubble"><h2>Planted Person</h2>' +
    '<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>' +
    '<button class="msg-form__send-button" type="submit">Send</button></form></section>');
  make('<div role="dialog" class="artdeco-modal send-invite"><h2 id="send-invite-modal">Add a note to your invitation</h2>' +
    '<p>Personalize your invitation to <strong>Planted Person</strong> by adding a note.</p>' +
    '<textarea id="custom-message" name="message"></textarea><span>0/300</span>' +
    '<button aria-label="Cancel adding a note">Cancel</button><button aria-label="Send invitation" disabled>Send</button></div>');
  document.querySelector('.msg-form__contenteditable').focus();
  document.querySelector('textarea#custom-message').focus();
  return true;
})()`;

/**
 * A page plants a message box and an invitation dialog, focuses them, and watches its DOM for five
 * seconds: nothing of ours appears, and nothing of ours loads. Then the person clicks and types in
 * each, and the panel comes to each: the watch could have seen it.
 */
export async function plantedComposersRevealNothing(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn('/feed/static/');
  await page.waitFor({ css: 'main' });
  expect(await page.evaluateScript<boolean>(WATCH_AND_PLANT)).toBe(true);
  await new Promise((r) => setTimeout(r, 5_000));
  const seen = await page.evaluate(() => ({
    foreign: (window as unknown as { __foreign: string[] }).__foreign,
    hosts: document.querySelectorAll('cultivate-coach, cultivate-prompt').length,
    extensionLoads: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /^(chrome|moz)-extension:/.test(name)),
  }));
  expect(seen).toEqual({ foreign: [], hosts: 0, extensionLoads: [] });
  expect(await page.count({ css: 'cultivate-coach' })).toBe(0);

  await page.click(BOX);
  await page.type(BOX, 'Thanks for connecting!');
  await expectCount(page, { css: 'cultivate-coach + form.msg-form' }, 1);
  await page.click(NOTE);
  await page.type(NOTE, 'Hi, your reef talk');
  await expectCount(page, { css: 'textarea#custom-message + cultivate-coach' }, 1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __foreign: string[] }).__foreign)).toContain('cultivate-coach');
  await page.close();
}
