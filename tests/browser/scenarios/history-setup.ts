import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { backgroundSends, expectNewSends, pageSends } from './expect-page';
import { INVITATION_LAYOUTS, NOTE, type InvitationLayout } from './layouts';

/** Sends invitations through the fixtures, as a person would, until the history holds two people. */
export async function ensureTwoPeopleInHistory(browser: ScenarioBrowser) {
  const people = () => backgroundSends(browser).then((sends) => new Set(sends.map((s) => s.recipient.name)).size);
  for (const layout of [INVITATION_LAYOUTS[0]!, INVITATION_LAYOUTS[2]!]) {
    if ((await people()) >= 2) return;
    await sendInvitation(browser, layout);
  }
  expect(await people()).toBeGreaterThanOrEqual(2);
}

async function sendInvitation(browser: ScenarioBrowser, layout: InvitationLayout) {
  const before = (await backgroundSends(browser)).length;
  const page = await browser.openLinkedIn(layout.path);
  await layout.open(page);
  await page.click(layout.addNote);
  await page.fill(NOTE, layout.relationalNote);
  await page.click(layout.send);
  await expect.poll(() => pageSends(page)).toBe(1);
  await expectNewSends(browser, before, 1);
  await page.close();
}
