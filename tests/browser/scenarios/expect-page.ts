import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage, Target } from '../driver/types';

export const PANEL: Target = { css: 'cultivate-coach [data-verdict]' };
export const PROMPT: Target = { css: 'cultivate-prompt [data-testid="note-prompt"]' };
export const PROMPT_ANY: Target = { css: '[data-testid="note-prompt"]' };

const POLL = { timeout: 10_000, interval: 50 };

export async function expectAttribute(page: ScenarioPage, target: Target, name: string, value: string | null) {
  await expect.poll(() => page.attribute(target, name), POLL).toBe(value);
}

export async function expectCount(page: ScenarioPage, target: Target, count: number) {
  await expect.poll(() => page.count(target), POLL).toBe(count);
}

export interface RecordedSend {
  surface: string;
  note: string | null;
  recipient: { name?: string; profileUrl?: string };
  analysis: { verdict: string; rules: string[] } | null;
}

/**
 * The sends the history holds, newest first, read straight from the extension's IndexedDB (the
 * product has no message that lists them). A history not created yet is empty: the read never
 * creates the database, so the extension's own migrations still run on first use.
 */
export function backgroundSends(browser: ScenarioBrowser): Promise<RecordedSend[]> {
  return browser.inExtension<RecordedSend[]>(READ_HISTORY_SENDS);
}

const READ_HISTORY_SENDS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('cultivate-history');
  // Not created yet: abort, which also removes the empty database this open would have made.
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => (open.error && open.error.name === 'AbortError' ? resolve([]) : reject(open.error));
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['touches', 'contacts'], 'readonly');
    const touches = tx.objectStore('touches').getAll();
    const contacts = tx.objectStore('contacts').getAll();
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.oncomplete = () => {
      db.close();
      const byKey = new Map(contacts.result.map((c) => [c.key, c]));
      resolve(touches.result
        .sort((a, b) => b.at - a.at || b.id - a.id)
        .map((t) => {
          const person = byKey.get(t.contactKey) || {};
          const recipient = {};
          if (person.name) recipient.name = person.name;
          if (person.profileUrl) recipient.profileUrl = person.profileUrl;
          return { surface: t.surface, note: t.note, recipient, analysis: t.analysis };
        }));
    };
  };
})`;

/** What the fixture page itself saw sent (its `window.__sent`). */
export function pageSends(page: ScenarioPage) {
  return page.evaluate(() => (window as unknown as { __sent: { note: string | null; to?: string }[] }).__sent.length);
}

/** Waits until exactly `count` new sends reached the background, then a little longer to catch doubles. */
export async function expectNewSends(browser: ScenarioBrowser, before: number, count: number): Promise<RecordedSend[]> {
  await expect.poll(async () => (await backgroundSends(browser)).length, POLL).toBeGreaterThanOrEqual(before + count);
  await new Promise((r) => setTimeout(r, 300));
  const sends = await backgroundSends(browser);
  expect(sends.length).toBe(before + count);
  return sends.slice(0, count);
}

/** As a person would before sending: waits until the panel has read the note and shows a verdict. */
export async function panelHasRead(page: ScenarioPage): Promise<void> {
  await expect.poll(() => page.attribute(PANEL, 'data-verdict')).toMatch(/^(relational|needs-work|transactional)$/);
}
