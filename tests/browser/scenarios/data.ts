import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { backgroundSends, expectNewSends, pageSends, PANEL, PROMPT } from './expect-page';
import { INVITATION_LAYOUTS, NOTE, type InvitationLayout } from './layouts';

const POLL = { timeout: 10_000, interval: 50 };
const HISTORY_ITEM = { css: '[data-testid="history-item"]' };

/** Writes a note that reads as a relationship and sends it, as a person would. */
async function sendInvitation(browser: ScenarioBrowser, layout: InvitationLayout) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.waitFor(PROMPT);
  await layout.beforeSend?.(page);
  await page.click(layout.addNote);
  await page.waitFor(NOTE);
  await page.fill(NOTE, layout.relationalNote);
  // What the coach thinks of the note is the coaching scenarios' business; here it only has to have read it.
  await expect.poll(() => page.attribute(PANEL, 'data-verdict'), POLL).toMatch(/^(relational|needs-work|transactional)$/);
  await page.click(layout.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  await expectNewSends(browser, before, 1);
  await page.close();
}

async function openOptions(browser: ScenarioBrowser) {
  const page = await browser.openExtensionPage('options.html');
  await page.waitFor({ css: 'main[aria-busy="false"]' });
  return page;
}

/** The names in the popup's recent history, once it has loaded. */
async function popupNames(browser: ScenarioBrowser, count: number): Promise<string[]> {
  const popup = await browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.count(HISTORY_ITEM), POLL).toBe(count);
  const names = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="history-item"] .contact-opener')].map((el) => el.textContent ?? '').sort(),
  );
  await popup.close();
  return names;
}

/** "Export everything", read back from the Blob the page hands to the download link. */
async function exportFromOptions(page: ScenarioPage): Promise<string> {
  await page.evaluate(() => {
    const seen: Blob[] = [];
    (window as unknown as { __exported: Blob[] }).__exported = seen;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) seen.push(blob);
      return create(blob);
    };
  });
  await page.click({ role: 'button', name: 'Export everything' });
  await expect.poll(() => page.text({ css: '[data-testid="export-status"]' }), POLL).toMatch(/^Exported 2 contacts, 2 notes and sends and your settings to cultivate-export-\d{4}-\d\d-\d\d\.json\.$/);
  return page.evaluate(() => (window as unknown as { __exported: Blob[] }).__exported[0]!.text());
}

/** Chooses a file in the import field, as the file picker would. */
async function chooseImportFile(page: ScenarioPage, text: string) {
  await page.evaluateScript(`(() => {
    const input = document.querySelector('input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([${JSON.stringify(text)}], 'cultivate-export.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return input.files.length;
  })()`);
}

/** Two invitations; export from the options page; delete everything; the popup is empty; import; the history is back. */
export async function exportDeleteImport(browser: ScenarioBrowser) {
  const people = INVITATION_LAYOUTS.slice(0, 2);
  for (const layout of people) await sendInvitation(browser, layout);
  const names = people.map((layout) => layout.person).sort();
  expect(await popupNames(browser, 2)).toEqual(names);

  const options = await openOptions(browser);
  const exported = await exportFromOptions(options);
  const file = JSON.parse(exported) as { format: string; version: number; contacts: { name: string }[]; touches: unknown[] };
  expect(file).toMatchObject({ format: 'cultivate-export', version: 1 });
  expect(file.contacts.map((c) => c.name).sort()).toEqual(names);
  expect(file.touches).toHaveLength(2);

  await options.click({ role: 'button', name: 'Delete everything…' });
  await options.click({ role: 'button', name: 'Yes, delete everything' });
  await expect.poll(() => options.text({ css: '[data-testid="delete-status"]' }), POLL).toMatch(/^Everything is deleted/);
  const empty = await browser.openExtensionPage('popup.html');
  await empty.waitFor({ css: '[data-testid="empty-history"]' });
  expect(await empty.count(HISTORY_ITEM)).toBe(0);
  await empty.close();
  expect(await backgroundSends(browser)).toEqual([]);

  await chooseImportFile(options, exported);
  await expect.poll(() => options.text({ css: '[data-testid="import-summary"]' }), POLL).toContain('add 2 new contacts');
  await options.click({ role: 'button', name: 'Import' });
  await expect.poll(() => options.text({ css: '[data-testid="import-status"]' }), POLL).toMatch(/^Imported: 2 new contacts/);
  await options.close();

  expect(await popupNames(browser, 2)).toEqual(names);
  expect((await backgroundSends(browser)).map((send) => send.recipient.name).sort()).toEqual(names);
}

/** A cut-off file is refused with where it ends, and the history stays as it was. */
export async function truncatedImportChangesNothing(browser: ScenarioBrowser) {
  const before = await backgroundSends(browser);
  const options = await openOptions(browser);
  await chooseImportFile(options, '{"format": "cultivate-export", "version": 1, "contacts": [');
  await expect.poll(() => options.text({ css: '[data-testid="import-error"]' }), POLL).toMatch(/ends too early, at line 1, column \d+/);
  expect(await options.count({ role: 'button', name: 'Import' })).toBe(0);
  await options.close();
  expect(await backgroundSends(browser)).toEqual(before);
}

/** The reminder as the browser shows it, read and driven through browser-specific calls. */
export interface ReminderProbe {
  /** The toolbar badge's text and the ids of the notifications on screen. */
  state(): Promise<{ badge: string; notifications: string[] }>;
  /** Makes the daily check's alarm fire now. */
  fireDailyCheck(): Promise<void>;
}

/**
 * An imported contact whose follow-up is overdue: the options page tells the background and the
 * badge shows one due at once; the daily check raises one notification; Done in the popup clears both.
 */
export async function importedFollowUpShowsOnTheBadge(browser: ScenarioBrowser, reminder: ReminderProbe) {
  const options = await openOptions(browser);
  const exported = JSON.parse(await exportFromOptions(options)) as { contacts: Record<string, unknown>[] };
  const [first] = exported.contacts;
  if (!first) throw new Error('run after a scenario that sent invitations');
  // Accepted a week ago, and not written to since: the follow-up came due yesterday.
  const day = 24 * 60 * 60 * 1000;
  Object.assign(first, { stage: 'connected', firstContactAt: Date.now() - 8 * day, lastTouchAt: Date.now() - 8 * day, nextFollowUpAt: Date.now() - day });
  expect(await reminder.state()).toEqual({ badge: '', notifications: [] });

  await chooseImportFile(options, JSON.stringify(exported));
  await expect.poll(() => options.text({ css: '[data-testid="import-summary"]' }), POLL).toContain('replace 1 contact');
  await options.click({ role: 'button', name: 'Import' });
  await expect.poll(() => options.text({ css: '[data-testid="import-status"]' }), POLL).toMatch(/^Imported: 0 new contacts, 1 replaced/);
  // The person is in Cultivate already: the badge follows at once, without a notification.
  await expect.poll(reminder.state, POLL).toEqual({ badge: '1', notifications: [] });

  await reminder.fireDailyCheck();
  await expect.poll(reminder.state, POLL).toEqual({ badge: '1', notifications: ['cultivate-follow-ups'] });

  const popup = await browser.openExtensionPage('popup.html');
  // The popup opens on people: the follow-ups due are one line above them, opened in place.
  await expect.poll(() => popup.text({ css: '[data-testid="follow-ups-line"] button' }), POLL).toContain('1 follow-up due');
  await popup.click({ css: '[data-testid="follow-ups-line"] button' });
  await expect.poll(() => popup.count({ css: '[data-testid="follow-up"]' }), POLL).toBe(1);
  await popup.click({ role: 'button', name: `Done following up with ${String(first.name)}` });
  await expect.poll(reminder.state, POLL).toEqual({ badge: '', notifications: [] });
  await popup.close();
  await options.close();
}
