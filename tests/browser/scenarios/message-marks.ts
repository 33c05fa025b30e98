import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { expectAttribute, PANEL } from './expect-page';

// Marks and one-click fixes in LinkedIn's message box: a contenteditable, not a textarea.

const MESSAGES = '/messaging/thread/2-abc/';
const BOX = { css: '.msg-form__contenteditable' };
const SEND = { css: 'button.msg-form__send-button' };
const FIRST_FIX = { css: 'cultivate-coach .first-fix [data-rule]' };
const APPLY = { css: 'cultivate-coach .first-fix .apply' };
const MORE = { css: 'cultivate-coach .more' };
const SHOW = { css: 'cultivate-coach .toggle[aria-expanded="false"]' };
const OTHER_CONCERN = { css: 'cultivate-coach .list .finding--concern[data-range]' };
const POLL = { timeout: 10_000, interval: 50 };
const TYPED = 'Hi there, I am expanding my network. Could we hop on a quick call this week?';

type Box = { left: number; top: number; width: number; height: number };
interface MarkState {
  /** The panel's first finding's range, and the range our marks say they draw. */
  finding: string | null;
  marked: string | null;
  /** Our marks' boxes, and the boxes of a Range the test builds itself over the same characters. */
  pieces: Box[];
  expected: Box[];
  text: string;
  /** The editor as the person left it. */
  markup: string;
  selection: string;
  /** A caret (no selection) after the last character. */
  caretAtEnd: boolean;
  focused: boolean;
  /** Changes to the editor's DOM seen since `watchEditor`. */
  mutations: number;
}

/**
 * Runs in the page. The expected boxes come from the test's own walk over the editor's text nodes
 * (one paragraph, as typed), not from the product's mapping.
 */
const READ = `(async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = document.querySelector('.msg-form__contenteditable');
  const panel = document.querySelector('cultivate-coach').shadowRoot;
  const first = panel.querySelector('.first-fix [data-range]');
  const frame = [...document.querySelectorAll('cultivate-marks')]
    .map((h) => h.shadowRoot && h.shadowRoot.querySelector('.marks:not([hidden])'))
    .find(Boolean);
  const rect = (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height });
  const order = (a, b) => a.top - b.top || a.left - b.left;
  const nodes = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const text = nodes.map((n) => n.nodeValue).join('');
  const point = (offset, end) => {
    let at = 0;
    for (const n of nodes) {
      const len = n.nodeValue.length;
      if (offset < at + len || (end && offset === at + len)) return [n, offset - at];
      at += len;
    }
    const last = nodes[nodes.length - 1];
    return [last, last.nodeValue.length];
  };
  const marked = frame ? frame.dataset.start + '-' + frame.dataset.end : null;
  let expected = [];
  if (marked) {
    const [s, e] = marked.split('-').map(Number);
    const range = document.createRange();
    range.setStart(...point(s, false));
    range.setEnd(...point(e, true));
    expected = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1).map(rect).sort(order);
  }
  const sel = getSelection();
  return {
    finding: first ? first.getAttribute('data-range') : null,
    marked,
    pieces: frame ? [...frame.querySelectorAll('mark')].map((m) => rect(m.getBoundingClientRect())).sort(order) : [],
    expected,
    text,
    markup: box.innerHTML,
    selection: sel.rangeCount ? [nodes.indexOf(sel.anchorNode), sel.anchorOffset, nodes.indexOf(sel.focusNode), sel.focusOffset].join(',') : '',
    caretAtEnd: sel.rangeCount > 0 && sel.isCollapsed && (() => {
      const before = document.createRange();
      before.selectNodeContents(box);
      before.setEnd(sel.anchorNode, sel.anchorOffset);
      return before.toString() === text;
    })(),
    focused: document.activeElement === box,
    mutations: (window.__editorChanges || []).length,
  };
})()`;

async function read(page: ScenarioPage): Promise<MarkState> {
  // Our roots are closed: the test page borrows them through the driver to measure.
  await page.lendClosedRootsToPage();
  return page.evaluateScript<MarkState>(READ);
}

async function readUntil(page: ScenarioPage, done: (s: MarkState) => boolean): Promise<MarkState> {
  let state = await read(page);
  for (let i = 0; i < 60 && !done(state); i++) state = await read(page);
  return state;
}

function expectSameBoxes(pieces: Box[], expected: Box[]) {
  expect(pieces.length).toBeGreaterThan(0);
  expect(pieces.length).toBe(expected.length);
  pieces.forEach((piece, i) => {
    for (const side of ['left', 'top', 'width', 'height'] as const)
      expect(Math.abs(piece[side] - expected[i]![side]), `piece ${i} ${side}`).toBeLessThanOrEqual(1);
  });
}

/**
 * The first concern's words are marked over the message box, exactly over those characters; the
 * mark moves to a finding the person points at; drawing it changes nothing in the editor.
 */
export async function marksTheFindingsWordsInTheMessageBox(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(MESSAGES);
  await page.click(BOX);
  await page.type(BOX, TYPED);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');

  let state = await readUntil(page, (s) => s.marked !== null && s.marked === s.finding);
  expect(state.finding).toMatch(/^\d+-\d+$/);
  expect(state.marked).toBe(state.finding);
  expectSameBoxes(state.pieces, state.expected);
  const [start, end] = state.finding!.split('-').map(Number);
  expect(state.text.slice(start, end).trim().length).toBeGreaterThan(0);
  // The editor is as the person left it: their text, the caret at its end, the focus in the box.
  expect(state.text).toBe(TYPED);
  expect(state.focused).toBe(true);
  expect(state.caretAtEnd).toBe(true);

  // Point at another concern: the mark moves to its words, and the editor still does not change.
  if ((await page.count(SHOW)) > 0) await page.click(SHOW);
  await page.click(MORE);
  await page.click(BOX);
  await page.press('Control+End');
  await page.evaluate(() => {
    const box = document.querySelector('.msg-form__contenteditable')!;
    const changes: MutationRecord[] = [];
    (window as unknown as { __editorChanges: MutationRecord[] }).__editorChanges = changes;
    new MutationObserver((records) => changes.push(...records)).observe(box, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  const still = await read(page);
  const other = (await page.attribute(OTHER_CONCERN, 'data-range'))!;
  expect(other).not.toBe(state.finding);
  // The unfolded panel settles into place a frame or two later: point only once the finding is in view.
  await expect
    .poll(async () => {
      await page.lendClosedRootsToPage();
      return page.evaluateScript<boolean>(OTHER_IN_VIEW);
    }, POLL)
    .toBe(true);
  await page.hover(OTHER_CONCERN);
  state = await readUntil(page, (s) => s.marked === other);
  expect(state.marked).toBe(other);
  expectSameBoxes(state.pieces, state.expected);
  expect(state.mutations).toBe(0);
  expect(state.markup).toBe(still.markup);
  expect(state.selection).toBe(still.selection);
  expect(state.focused).toBe(true);
  await page.close();
}

const OTHER_IN_VIEW = `(() => {
  const el = document.querySelector('cultivate-coach').shadowRoot.querySelector('.list .finding--concern[data-range]');
  if (!el) return false;
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
})()`;

const messageText = () => {
  const box = document.querySelector('.msg-form__contenteditable')!;
  return [...box.querySelectorAll('p')]
    .map((p) => p.textContent)
    .join('\n')
    .trim();
};
const selectedText = () => getSelection()?.toString() ?? '';
const sentNotes = () => (window as unknown as { __sent: { note: string }[] }).__sent.map((s) => s.note);

/**
 * Apply types each fix into the message box through the browser's editing path: the box changes,
 * the panel re-reads it, Ctrl+Z brings back the text from before, and LinkedIn's Send sends the
 * edited text.
 */
export async function applyEditsTheMessageAndUndoes(browser: ScenarioBrowser) {
  const page = await browser.openLinkedIn(MESSAGES);
  await expectAttribute(page, SEND, 'disabled', '');
  await page.click(BOX);
  await page.type(BOX, TYPED);
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  if ((await page.count(SHOW)) > 0) await page.click(SHOW);

  const applied: string[] = [];
  for (let round = 0; round < 5 && (await page.count(APPLY)) > 0; round++) {
    const rule = (await page.attribute(FIRST_FIX, 'data-rule'))!;
    const before = await page.evaluate(messageText);
    if ((await page.text(APPLY)).startsWith('Select')) {
      // A placeholder with no known value: selected for the person to type over, text unchanged.
      await page.click(APPLY);
      const [s, e] = (await page.attribute(FIRST_FIX, 'data-range'))!.split('-').map(Number);
      await expect.poll(() => page.evaluate(selectedText), POLL).toBe(before.slice(s, e));
      expect(await page.evaluate(messageText)).toBe(before);
      await page.type(BOX, 'cold chains');
      await expect
        .poll(() => page.evaluate(messageText), POLL)
        .toBe(before.slice(0, s) + 'cold chains' + before.slice(e));
      applied.push(rule);
      break;
    }
    await page.click(APPLY);
    await expect.poll(() => page.evaluate(messageText), POLL).not.toBe(before);
    const after = await page.evaluate(messageText);
    // The panel re-read the box: the fixed finding is no longer first.
    await expect.poll(() => page.attribute(FIRST_FIX, 'data-rule'), POLL).not.toBe(rule);
    await expectAttribute(page, SEND, 'disabled', null);

    await page.press('Control+z');
    await expect.poll(() => page.evaluate(messageText), POLL).toBe(before);
    await expect.poll(() => page.attribute(FIRST_FIX, 'data-rule'), POLL).toBe(rule);
    await page.click(APPLY);
    await expect.poll(() => page.evaluate(messageText), POLL).toBe(after);
    applied.push(rule);
  }
  expect(applied).toEqual(expect.arrayContaining(['ask-before-give', 'unfilled-placeholder']));
  expect(await page.evaluate(messageText)).not.toContain('quick call');

  // LinkedIn's editor saw every edit: its Send sends the text as it now reads.
  const final = await page.evaluate(messageText);
  await page.click(SEND);
  await expect.poll(() => page.evaluate(sentNotes), POLL).toEqual([final]);
  await page.close();
}
