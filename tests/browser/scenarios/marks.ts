import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { expectAttribute, PANEL } from './expect-page';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

const ARTDECO = INVITATION_LAYOUTS[0]!;
const POLL = { timeout: 10_000, interval: 50 };

type MarkState = {
  finding: string | null;
  mark: { range: string; text: string; top: number; left: number } | null;
  noteTop: number;
  value: string;
  selectionStart: number;
  focused: boolean;
};

/** Reads the first finding's range, our mark's range and place, and the note's own state. */
const READ = `(async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const note = document.querySelector('textarea#custom-message');
  const panel = document.querySelector('cultivate-coach').shadowRoot;
  const first = panel.querySelector('.first-fix [data-range]');
  const host = document.querySelector('cultivate-marks');
  const mark = host && host.shadowRoot.querySelector('.marks:not([hidden]) mark');
  const box = mark && mark.getBoundingClientRect();
  return {
    finding: first ? first.getAttribute('data-range') : null,
    mark: mark ? { range: mark.dataset.start + '-' + mark.dataset.end, text: mark.textContent, top: box.top, left: box.left } : null,
    noteTop: note.getBoundingClientRect().top,
    value: note.value,
    selectionStart: note.selectionStart,
    focused: document.activeElement === note,
  };
})()`;

/** Reads the state; our roots are closed, so the test page borrows them through the driver first. */
async function read(page: ScenarioPage): Promise<MarkState> {
  await page.lendClosedRootsToPage();
  return page.evaluateScript<MarkState>(READ);
}

/** The first concern's words are marked over the note, follow its scroll, and the note is left as it was. */
export async function marksTheFindingsWordsInTheNote(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.waitFor(NOTE);
  const lines = ['Hi Ana,', ...Array.from({ length: 8 }, (_, i) => `Line ${i + 1} about the garden beds.`)].join('\n');
  await page.fill(NOTE, `${lines}\nI am expanding my network`);
  await page.type(NOTE, '.');
  // One warning that it takes (collecting connections) and nothing else: nearly there, not a transaction.
  await expectAttribute(page, PANEL, 'data-verdict', 'needs-work');

  let state = await read(page);
  for (let i = 0; i < 40 && state.mark?.range !== state.finding; i++) state = await read(page);
  expect(state.finding).toMatch(/^\d+-\d+$/);
  expect(state.mark?.range).toBe(state.finding);
  const [start, end] = state.finding!.split('-').map(Number);
  expect(state.mark?.text).toBe(state.value.slice(start, end));
  // The note is as the person left it: same text, caret at the end, focus in the note.
  expect(state.value).toBe(`${lines}\nI am expanding my network.`);
  expect(state.selectionStart).toBe(state.value.length);
  expect(state.focused).toBe(true);

  // Scroll the note to the top: the mark moves down with the text.
  const scrolled = await page.evaluate(() => {
    const note = document.querySelector<HTMLTextAreaElement>('textarea#custom-message')!;
    const before = note.scrollTop;
    note.scrollTop = 0;
    return before;
  });
  expect(scrolled).toBeGreaterThan(0);
  let after = await read(page);
  for (let i = 0; i < 20 && Math.abs(after.mark!.top - (state.mark!.top + scrolled)) > 1; i++)
    after = await read(page);
  expect(Math.abs(after.mark!.top - (state.mark!.top + scrolled))).toBeLessThanOrEqual(1);
  expect(after.value).toBe(state.value);
  expect(after.selectionStart).toBe(state.selectionStart);
  expect(after.focused).toBe(true);
  await page.close();
}

const selection = () => {
  const note = document.querySelector<HTMLTextAreaElement>('textarea#custom-message')!;
  return [note.selectionStart, note.selectionEnd];
};

const COUNTER = { css: '.connect-button-send-invite__custom-message-counter' };
const FIRST_FIX = { css: 'cultivate-coach .first-fix [data-rule]' };
const APPLY = { css: 'cultivate-coach .first-fix .apply' };

/**
 * Apply types the fix into the note through the browser's editing path: LinkedIn's counter and Send
 * follow, the panel re-reads the note, and Ctrl+Z brings back the text from before.
 */
export async function applyEditsTheNoteAndUndoes(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.waitFor(NOTE);
  await expectAttribute(page, ARTDECO.send, 'disabled', '');
  await page.type(NOTE, 'Hi there, I am expanding my network. Could we hop on a quick call this week?');
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');

  const applied: string[] = [];
  for (let round = 0; round < 4 && (await page.count(APPLY)) > 0; round++) {
    const rule = (await page.attribute(FIRST_FIX, 'data-rule'))!;
    const before = await page.value(NOTE);
    if ((await page.text(APPLY)).startsWith('Select')) {
      // A placeholder with no known value: selected for the person to type over, text unchanged.
      await page.click(APPLY);
      const range = (await page.attribute(FIRST_FIX, 'data-range'))!.split('-').map(Number);
      await expect.poll(() => page.evaluate(selection), POLL).toEqual(range);
      expect(await page.value(NOTE)).toBe(before);
      await page.type(NOTE, 'soil sensors');
      expect(await page.value(NOTE)).toBe(before.slice(0, range[0]) + 'soil sensors' + before.slice(range[1]));
      applied.push(rule);
      break;
    }
    await page.click(APPLY);
    await expect.poll(() => page.value(NOTE), POLL).not.toBe(before);
    const after = await page.value(NOTE);
    // LinkedIn saw an input: its counter counts the new text, and Send is live.
    await expect.poll(() => page.text(COUNTER), POLL).toBe(`${after.length}/${ARTDECO.limit}`);
    await expectAttribute(page, ARTDECO.send, 'disabled', null);
    // The panel re-read the note: the fixed finding is no longer first.
    await expect.poll(() => page.attribute(FIRST_FIX, 'data-rule'), POLL).not.toBe(rule);

    await page.press('Control+z');
    await expect.poll(() => page.value(NOTE), POLL).toBe(before);
    await expect.poll(() => page.text(COUNTER), POLL).toBe(`${before.length}/${ARTDECO.limit}`);
    await expect.poll(() => page.attribute(FIRST_FIX, 'data-rule'), POLL).toBe(rule);
    await page.click(APPLY);
    await expect.poll(() => page.value(NOTE), POLL).toBe(after);
    applied.push(rule);
  }
  expect(applied).toEqual(expect.arrayContaining(['ask-before-give', 'unfilled-placeholder']));
  await page.close();
}
