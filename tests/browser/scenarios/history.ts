import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { backgroundSends, expectNewSends, pageSends, panelHasRead, PANEL } from './expect-page';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

const ARTDECO = INVITATION_LAYOUTS[0]!;
const FINDING = (rule: string) => ({ css: `cultivate-coach [data-rule="${rule}"]` });

const TEMPLATE =
  'Hi Ana, I came across your profile and was impressed by your work. I would love to connect and keep in touch about what you are building.';

async function sendNote(browser: ScenarioBrowser, text: string) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.fill(NOTE, text);
  await panelHasRead(page);
  await page.click(ARTDECO.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  await expectNewSends(browser, before, 1);
  await page.close();
}

/**
 * After the same note went out twice, the panel says it is a template the third time; with the
 * person's daily cap at 2, it also mentions the pace. Both come from the history the background keeps.
 */
export async function reuseAndPaceFromHistory(browser: ScenarioBrowser) {
  await browser.clearStorage();
  await browser.setStorage({ settings: { version: 1, dailyRequestCap: 2 } }, 'sync');
  await sendNote(browser, TEMPLATE);
  await sendNote(browser, TEMPLATE.replace('Ana', 'Wei'));

  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.fill(NOTE, TEMPLATE.replace('Ana', 'Fatima'));
  await expect.poll(() => page.attribute(PANEL, 'data-verdict')).not.toBe('empty');
  await page.click({ css: 'cultivate-coach .more' }).catch(() => undefined);
  await expect.poll(() => page.count(FINDING('template-reuse'))).toBeGreaterThan(0);
  await expect.poll(() => page.count(FINDING('request-burst'))).toBeGreaterThan(0);
  await page.close();
  await browser.clearStorage();
}

/** The popup after real sends: people, this week, the chart and its caption, follow-ups, a timeline, marking accepted. */
export async function popupShowsTheHistory(browser: ScenarioBrowser) {
  const sends = await backgroundSends(browser);
  expect(sends.length).toBeGreaterThan(0);
  const popup = await browser.openExtensionPage('popup.html');
  const item = { css: '[data-testid="history-item"]' };
  await popup.waitFor(item);
  expect(await popup.text(item)).toContain(sends[0]!.recipient.name!);
  await popup.waitFor({ css: '[data-testid="activity-chart"]' });
  expect(await popup.count({ css: '[role="progressbar"][aria-label="Personal notes this week"]' })).toBe(1);
  expect(await popup.text({ css: '[data-testid="activity-caption"]' })).toMatch(/Active \d+ of the last 12 weeks/);
  await popup.waitFor({ css: '[data-testid="follow-ups-line"] :is(button, p)' });

  await popup.click({ css: '[data-testid="history-item"] button' });
  await popup.waitFor({ css: '[data-testid="timeline"]' });
  expect(await popup.text({ css: '[data-testid="timeline"]' })).toContain(sends[0]!.recipient.name!);
  await popup.click({ role: 'button', name: 'Mark accepted' });
  await expect.poll(() => popup.text({ css: '[data-testid="stage"]' })).toMatch(/connected/i);
  await popup.close();
}
