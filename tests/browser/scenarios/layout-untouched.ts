import { expect } from 'vitest';
import type { ScenarioBrowser, ScenarioPage } from '../driver/types';
import { expectAttribute, PANEL, PROMPT } from './expect-page';
import { TRANSACTIONAL_NOTE } from './invitation';
import { NOTE, type InvitationLayout } from './layouts';

export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
];
export type Viewport = (typeof VIEWPORTS)[number];

type Box = { left: number; top: number; width: number; height: number };
interface Measure {
  /** LinkedIn's parts as laid out with Cultivate on the page. */
  withUs: Record<string, Box | null>;
  /** The same parts with our elements taken out of the document, in the same frame. */
  without: Record<string, Box | null>;
  /** Our visible boxes (the floating layers). */
  ours: Box[];
  /** For each part: is the element at its centre the part itself? */
  onTop: Record<string, boolean>;
  /** Our elements that scroll (overflowing an auto or scroll box). */
  scrollers: string[];
  /** How our UI placed itself: dock or strip. */
  modes: string[];
}

type PartSpec = Record<string, { css?: string; names?: string[]; counter?: true }>;

const CHOOSE: PartSpec = {
  addNote: { names: ['Add a note'] },
  sendWithoutNote: { names: ['Send without a note', 'Send now'] },
};
const NOTE_STEP: PartSpec = {
  note: { css: 'textarea#custom-message' },
  counter: { counter: true },
  send: { names: ['Send invitation'] },
};
const MESSAGE: PartSpec = {
  box: { css: '.msg-form__contenteditable' },
  send: { css: 'button.msg-form__send-button' },
};

/** Runs in the page: finds LinkedIn's parts in every open shadow root, measures, takes ours out, measures again. */
function measureSource(parts: PartSpec): string {
  return `(async (parts) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const roots = [];
    const walk = (root) => { roots.push(root); for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !/^cultivate-/.test(el.localName)) walk(el.shadowRoot); };
    walk(document);
    const all = (sel) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
    const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim();
    const find = (spec) => {
      if (spec.css) return all(spec.css).find(shown) || null;
      if (spec.names) return all('button, a, [role="button"]').filter(shown).find((el) => spec.names.includes(nameOf(el))) || null;
      return all('span, div, p, small').filter(shown).find((el) => el.children.length === 0 && /^\\s*\\d{1,4}\\s*\\/\\s*\\d{2,4}\\s*$/.test(el.textContent || '')) || null;
    };
    const found = Object.fromEntries(Object.entries(parts).map(([k, spec]) => [k, find(spec)]));
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; };
    const boxes = () => Object.fromEntries(Object.entries(found).map(([k, el]) => [k, el ? box(el) : null]));
    const at = (x, y) => { let el = document.elementFromPoint(x, y); while (el && el.shadowRoot) { const inner = el.shadowRoot.elementFromPoint(x, y); if (!inner || inner === el) break; el = inner; } return el; };
    const hosts = all('cultivate-coach, cultivate-prompt');
    const layers = hosts.flatMap((h) => h.shadowRoot ? [...h.shadowRoot.querySelectorAll('.float')] : []);
    const ourElements = hosts.flatMap((h) => h.shadowRoot ? [...h.shadowRoot.querySelectorAll('*')] : []);
    const scrollers = ourElements.filter((el) => {
      const s = getComputedStyle(el);
      const scrolls = /auto|scroll/.test(s.overflowY + s.overflowX);
      return scrolls && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    }).map((el) => el.className || el.localName);
    const withUs = boxes();
    const onTop = Object.fromEntries(Object.entries(found).map(([k, el]) => {
      if (!el) return [k, false];
      const b = box(el);
      const hit = at(b.left + b.width / 2, b.top + b.height / 2);
      return [k, !!hit && (hit === el || el.contains(hit))];
    }));
    const ours = layers.map(box);
    const modes = layers.map((l) => l.dataset.mode || '');
    const places = hosts.map((h) => [h, h.parentNode, h.nextSibling]);
    for (const h of hosts) h.remove();
    const without = boxes();
    for (const [h, parent, next] of places) parent.insertBefore(h, next);
    return { withUs, without, ours, onTop, scrollers, modes };
  })(${JSON.stringify(parts)})`;
}

function expectUntouched(m: Measure, what: string) {
  expect(m.ours.length, `${what}: our UI is on the page`).toBeGreaterThan(0);
  for (const [part, before] of Object.entries(m.without)) {
    const after = m.withUs[part];
    expect(before, `${what}: ${part} is on the page`).not.toBeNull();
    for (const side of ['left', 'top', 'width', 'height'] as const) {
      expect(Math.abs(after![side] - before![side]), `${what}: ${part}.${side} moved`).toBeLessThanOrEqual(1);
    }
    expect(m.onTop[part], `${what}: ${part} is the element at its own centre`).toBe(true);
    for (const ours of m.ours) {
      const overlapX = Math.min(ours.left + ours.width, after!.left + after!.width) - Math.max(ours.left, after!.left);
      const overlapY = Math.min(ours.top + ours.height, after!.top + after!.height) - Math.max(ours.top, after!.top);
      expect(overlapX <= 1 || overlapY <= 1, `${what}: our box overlaps ${part}`).toBe(true);
    }
  }
  expect(m.scrollers, `${what}: none of ours scrolls`).toEqual([]);
}

/** Step one and step two of an invitation at one viewport size: LinkedIn's parts stay where they are. */
export async function invitationLayoutUntouched(browser: ScenarioBrowser, layout: InvitationLayout, viewport: Viewport) {
  const page = await browser.openLinkedIn(layout.path, { viewport });
  await layout.open(page);
  await page.waitFor(PROMPT);
  await layout.beforeSend?.(page);
  const choose = await measure(page, CHOOSE);
  expectUntouched(choose, `step one at ${viewport.width}×${viewport.height}`);

  await page.click(layout.addNote);
  await page.waitFor(NOTE);
  await page.fill(NOTE, TRANSACTIONAL_NOTE.slice(0, layout.limit));
  await expectAttribute(page, PANEL, 'data-verdict', 'transactional');
  const note = await measure(page, NOTE_STEP);
  expectUntouched(note, `step two at ${viewport.width}×${viewport.height}`);
  await page.close();
  return { choose: choose.modes, note: note.modes };
}

/** The message box keeps its size and place, and its Send stays clickable. */
export async function messageLayoutUntouched(browser: ScenarioBrowser, viewport: Viewport) {
  const page = await browser.openLinkedIn('/messaging/thread/2-abc/', { viewport });
  const box = { css: '.msg-form__contenteditable' };
  await page.click(box);
  await page.type(box, 'Hi, quick question. Could we hop on a call this week about our services?');
  await page.waitFor(PANEL);
  const m = await measure(page, MESSAGE);
  expectUntouched(m, `message box at ${viewport.width}×${viewport.height}`);
  await page.close();
  return m.modes;
}

const LAYER_WAIT_MS = 3000;
const LAYER_POLL_MS = 100;

async function measure(page: ScenarioPage, parts: PartSpec): Promise<Measure> {
  // The host is on the page before React has painted its layer into it (a busy Firefox has been seen
  // to measure in between): measure again until our layer is there, or give up and let the check say so.
  const until = Date.now() + LAYER_WAIT_MS;
  for (;;) {
    // Our roots are closed: the measurement, a test page's script, borrows them through the driver.
    await page.lendClosedRootsToPage();
    const measured = await page.evaluateScript<Measure>(measureSource(parts));
    if (measured.ours.length > 0 || Date.now() > until) return measured;
    await new Promise((resolve) => setTimeout(resolve, LAYER_POLL_MS));
  }
}
