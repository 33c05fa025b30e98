import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { pageSends } from './expect-page';
import { NOTE } from './layouts';

// The journey after the request: invitations sent from the search pages, then each person's
// profile (tests/fixtures/linkedin/profile-degree.html) shows 1st, Pending or 2nd.

const DAY_MS = 24 * 60 * 60 * 1000;
const POLL = { timeout: 15_000, interval: 100 };

export interface StoredContact {
  key: string;
  name: string;
  stage: string;
  connectedAt?: number;
  nextFollowUpAt?: number;
}

interface People {
  lang: 'en' | 'de';
  search: string;
  invite: (name: string) => string;
  addNote: string;
  send: string;
  first: { slug: string; name: string; note: string };
  pending: { slug: string; name: string; note: string };
  second: { slug: string; name: string; note: string };
}

export const ENGLISH: People = {
  lang: 'en',
  search: '/search/results/people/',
  invite: (name) => `Invite ${name} to connect`,
  addNote: 'Add a note',
  send: 'Send invitation',
  first: {
    slug: 'wei-zhang',
    name: 'Wei Zhang',
    note: 'Hi Wei, your Harbour Post piece on flood data was a model of clear charts. Happy to share my cleaned tide-gauge dataset. How did you verify the council figures?',
  },
  pending: { slug: 'oksana-petrenko', name: 'Oksana Petrenko', note: 'Hi Oksana, your talk on accessible forms changed how we test ours. How do you run sessions with screen reader users?' },
  second: { slug: 'mateus-almeida', name: 'Mateus Almeida', note: 'Hi Mateus, your notes on drip irrigation in dry seasons were useful on our farm. What sensors do you trust?' },
};

export const GERMAN: People = {
  lang: 'de',
  search: '/search/results/people/de/',
  invite: (name) => `${name} als Kontakt einladen`,
  addNote: 'Notiz hinzufügen',
  send: 'Einladung senden',
  first: { slug: 'lena-hoffmann', name: 'Lena Hoffmann', note: 'Hallo Lena, Ihre Karte der Freiburger Wärmenetze war die klarste, die ich kenne. Wie sind Sie an die Daten gekommen?' },
  pending: { slug: 'mehmet-yilmaz', name: 'Mehmet Yılmaz', note: 'Hallo Mehmet, Ihr Vortrag über Sensoren im Feld hat mir sehr geholfen. Welche Geräte nutzen Sie?' },
  second: { slug: 'katharina-schulz', name: 'Katharina Schulz', note: 'Hallo Katharina, Ihr Artikel über Windparks in Brandenburg war sehr klar. Woher stammen die Zahlen?' },
};

/** The contacts as the history stores them, by key, read from the extension's own IndexedDB. */
export async function storedContacts(browser: ScenarioBrowser): Promise<Record<string, StoredContact>> {
  const contacts = await browser.inExtension<StoredContact[]>(READ_CONTACTS);
  return Object.fromEntries(contacts.map((c) => [c.key, c]));
}

const READ_CONTACTS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('cultivate-history');
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => (open.error && open.error.name === 'AbortError' ? resolve([]) : reject(open.error));
  open.onsuccess = () => {
    const db = open.result;
    const all = db.transaction('contacts').objectStore('contacts').getAll();
    all.onsuccess = () => { db.close(); resolve(all.result); };
    all.onerror = () => { db.close(); reject(all.error); };
  };
})`;

const keyOf = (slug: string) => `linkedin.com/in/${slug}`;

/** Sends the three invitations from the search page, with a note each, as the person would. */
export async function inviteThree(browser: ScenarioBrowser, people: People): Promise<void> {
  const page = await browser.openLinkedIn(people.search);
  let sent = 0;
  for (const person of [people.first, people.pending, people.second]) {
    await page.click({ role: 'link', name: people.invite(person.name) });
    await page.click({ role: 'button', name: people.addNote });
    await page.fill(NOTE, person.note);
    await page.click({ role: 'button', name: people.send });
    sent += 1;
    await expect.poll(() => pageSends(page), POLL).toBe(sent);
  }
  await page.close();
  await expect
    .poll(async () => {
      const contacts = await storedContacts(browser);
      return [people.first, people.pending, people.second].map((p) => contacts[keyOf(p.slug)]?.stage);
    }, POLL)
    .toEqual(['requested', 'requested', 'requested']);
}

/** Opens a profile and waits until its top card has rendered and the watcher has had time to read it. */
async function visitProfile(browser: ScenarioBrowser, slug: string): Promise<ScenarioPage> {
  const page = await browser.openLinkedIn(`/in/${slug}/`);
  await page.waitFor({ css: 'section.pv-top-card h1' });
  return page;
}

/**
 * After invitations to three people, their profiles showing Pending and 2nd change nothing; the
 * one showing 1st moves that contact to connected with no click, the follow-up falls due after the
 * person's own delay, and the popup shows it.
 */
export async function acceptanceNoticedOnProfile(browser: ScenarioBrowser, people: People): Promise<void> {
  await browser.clearStorage();
  await browser.setStorage({ settings: { version: 1, followUpDelayDays: 3 } }, 'sync');
  await inviteThree(browser, people);
  const before = await storedContacts(browser);

  for (const person of [people.pending, people.second]) {
    const page = await visitProfile(browser, person.slug);
    // The watcher looks at once and again over a few seconds; give it all of that.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await page.close();
  }
  expect(await storedContacts(browser)).toEqual(before);

  const openedAt = Date.now();
  const page = await visitProfile(browser, people.first.slug);
  await expect.poll(async () => (await storedContacts(browser))[keyOf(people.first.slug)]?.stage, POLL).toBe('connected');
  await page.close();

  const after = await storedContacts(browser);
  const accepted = after[keyOf(people.first.slug)]!;
  expect(accepted.connectedAt).toBeGreaterThanOrEqual(openedAt);
  expect(accepted.connectedAt).toBeLessThanOrEqual(Date.now());
  expect(accepted.nextFollowUpAt).toBe(accepted.connectedAt! + 3 * DAY_MS);
  for (const person of [people.pending, people.second]) expect(after[keyOf(person.slug)]).toEqual(before[keyOf(person.slug)]);

  const popup = await browser.openExtensionPage('popup.html');
  const item = { css: '[data-testid="history-item"]' };
  await popup.waitFor(item);
  const cards = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="history-item"]')].map((card) => card.textContent ?? ''),
  );
  expect(cards.find((text) => text.includes(people.first.name))).toContain('Connected');
  expect(cards.find((text) => text.includes(people.pending.name))).toContain('Requested');
  expect(cards.find((text) => text.includes(people.second.name))).toContain('Requested');
  await popup.close();
  expect(browser.strayRequests()).toEqual([]);
}

const BOX = { css: '.msg-form__contenteditable' };
const OFFER_REMINDER = { css: 'cultivate-coach [data-testid="offer-reminder"]' };
const MEMORY = { css: 'cultivate-coach [data-testid="relationship-memory"]' };
const STARTERS = { css: 'cultivate-coach [data-testid="follow-up-starters"] button' };
const FOLDED = { css: 'cultivate-coach .toggle[aria-expanded="false"]' };
const FINDING = (rule: string) => ({ css: `cultivate-coach [data-rule="${rule}"]` });

async function openChat(browser: ScenarioBrowser, people: People): Promise<ScenarioPage> {
  const page = await visitProfile(browser, people.first.slug);
  await page.click({ role: 'button', name: `Message ${people.first.name}` });
  await page.click(BOX);
  return page;
}

async function emptyTheBox(page: ScenarioPage): Promise<void> {
  await page.click(BOX);
  await page.press('Control+A');
  await page.press('Backspace');
  await expect.poll(async () => (await page.text(BOX)).trim(), POLL).toBe('');
}

/**
 * Opens every finding the panel folds away, so a rule's finding can be looked for: beside a message
 * box the panel is a strip, unfolded with "Show coach", and then the other suggestions.
 */
async function expectFinding(page: ScenarioPage, rule: string): Promise<void> {
  await expect
    .poll(async () => {
      if ((await page.count(FINDING(rule))) > 0) return true;
      if ((await page.count(FOLDED)) > 0) await page.click(FOLDED).catch(() => undefined);
      await page.click({ css: 'cultivate-coach .more[aria-expanded="false"]' }).catch(() => undefined);
      return (await page.count(FINDING(rule))) > 0;
    }, POLL)
    .toBe(true);
}

/**
 * After acceptanceNoticedOnProfile (English): the first message to Wei shows what the invitation
 * offered and follow-up starters; a pitch at once gets the pit-stop concern; a starter goes in with
 * its marked spot selected; following through on the offer gets its strength. Sent, the contact is
 * in conversation, and the next message box shows when the person last wrote and how it read.
 * Opening message boxes writes nothing.
 */
export async function memoryAndFollowUpsAfterAcceptance(browser: ScenarioBrowser, people: People): Promise<void> {
  const before = await storedContacts(browser);
  expect(before[keyOf(people.first.slug)]?.stage).toBe('connected');
  const page = await openChat(browser, people);

  await expect.poll(() => page.text(OFFER_REMINDER).catch(() => ''), POLL).toContain('Happy to share my cleaned tide-gauge dataset');
  expect(await page.text(OFFER_REMINDER)).toContain('good moment to send it');
  expect(await page.text(MEMORY)).toContain(`${people.first.name.split(' ')[0]} accepted your invitation`);
  await expect.poll(() => page.count(STARTERS), POLL).toBeGreaterThanOrEqual(2);

  // A pitch at once: the journey's pit-stop concern; the starters step aside while there is text.
  await page.type(BOX, 'Thanks for connecting! Are you free for a call?');
  await expectFinding(page, 'pit-stop-after-accept');
  expect(await page.count(STARTERS)).toBe(0);

  // A starter goes into the empty box, with the marked spot selected for the person's own words.
  await emptyTheBox(page);
  await expect.poll(() => page.count(STARTERS), POLL).toBeGreaterThanOrEqual(2);
  await page.click(STARTERS);
  await expect.poll(() => page.text(BOX), POLL).toContain('As promised, here is my cleaned tide-gauge dataset: [your detail here]');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('[your detail here]');
  expect(await page.attribute({ css: 'button.msg-form__send-button' }, 'disabled')).toBeNull();
  await expectFinding(page, 'unfilled-placeholder');

  // Following through on the offer, in the person's own words: its strength, and no pit-stop.
  await emptyTheBox(page);
  await page.type(BOX, 'Thanks for connecting, Wei! As promised, here is my cleaned tide-gauge dataset, with the 2025 gaps filled.');
  await expectFinding(page, 'follows-through');
  expect(await page.count(FINDING('pit-stop-after-accept'))).toBe(0);
  expect(await storedContacts(browser)).toEqual(before);

  await page.press('Enter');
  await expect.poll(() => pageSends(page), POLL).toBe(1);
  await expect.poll(async () => (await storedContacts(browser))[keyOf(people.first.slug)]?.stage, POLL).toBe('conversing');
  await page.close();

  // The next message box for Wei: when the person last wrote and how it read.
  const again = await openChat(browser, people);
  await expect.poll(() => again.text(MEMORY).catch(() => ''), POLL).toMatch(/You last wrote (just now|\d+ minutes? ago) \(a message\): it read as a relationship\./);
  expect(await again.count(OFFER_REMINDER)).toBe(0);
  await again.close();
  expect(browser.strayRequests()).toEqual([]);
}
