import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { backgroundSends, expectAttribute, expectNewSends, PANEL, pageSends } from './expect-page';
import { INVITATION_LAYOUTS, NOTE } from './layouts';

const ARTDECO = INVITATION_LAYOUTS[0]!;
const POLL = { timeout: 10_000, interval: 50 };

/**
 * A note written for a list with one real detail of Ana's work: the rules alone praise the detail
 * and call it a relationship; the word model (word-model.js, loaded apart from the coaching UI)
 * reads its wording as outreach.
 */
export const OUTREACH_WITH_ONE_DETAIL =
  "Hi Ana, I read your article on open data for urban farms. I am always looking to connect with professionals in my industry and share opportunities. Let's connect!";
const OUTREACH_WORDING = 'Apart from one detail, this reads like outreach sent to many people.';

/** The production build loads the word model beside the coaching UI and the panel shows its second reading. */
export async function secondReadingFlagsOutreachWording(browser: ScenarioBrowser) {
  await browser.clearStorage();
  const page = await browser.openLinkedIn(ARTDECO.path);
  await ARTDECO.open(page);
  await page.click(ARTDECO.addNote);
  await page.waitFor(NOTE);
  await page.type(NOTE, OUTREACH_WITH_ONE_DETAIL);

  await expectAttribute(page, PANEL, 'data-verdict', 'needs-work');
  await expect.poll(() => page.count({ css: 'cultivate-coach [data-rule="outreach-wording"]' }), POLL).toBeGreaterThan(0);
  await expect.poll(() => page.text(PANEL), POLL).toContain(OUTREACH_WORDING);
  expect(await page.text(PANEL)).not.toContain('Reads as a relationship');

  // The history keeps the reading the person saw, the second one included.
  const before = (await backgroundSends(browser)).length;
  await page.click(ARTDECO.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  const [sent] = await expectNewSends(browser, before, 1);
  expect(sent?.analysis?.verdict).toBe('needs-work');
  expect(sent?.analysis?.rules).toContain('outreach-wording');
  await page.close();
  await browser.clearStorage();
}
