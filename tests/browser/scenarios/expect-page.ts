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
  analysis: { verdict: string } | null;
}

/** The sends the background holds, newest first. */
export async function backgroundSends(browser: ScenarioBrowser): Promise<RecordedSend[]> {
  const reply = (await browser.message({ type: 'to-background:list-sends', limit: 1000 })) as {
    ok: boolean;
    sends: RecordedSend[];
  };
  expect(reply.ok).toBe(true);
  return reply.sends;
}

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
