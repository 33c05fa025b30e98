import { expect } from 'vitest';
import type { ScenarioBrowser } from '../driver/types';
import { NOTE } from './layouts';

// LinkedIn's newer profile layout (profile-hashed.html): hashed classes, cards that are plain divs,
// the name's line holding pronouns, a verification badge and the degree, then an Activity card and
// "People you may know" with other members' names, headlines and Connect buttons.

export interface HashedProfile {
  path: string;
  name: string;
  /** What the starters must say of their work: the headline's short topic, or nothing at all. */
  work: string | undefined;
}

export const HASHED_PROFILES: HashedProfile[] = [
  // "Senior data engineer at Civic Lab · Open data, civic tech, urban mobility and transit policy"
  { path: '/in/nadia-rahman/', name: 'Nadia Rahman', work: 'on open data' },
  // No headline in the top card: the starters say "your work", and quote no other card.
  { path: '/in/tomas-lindqvist/', name: 'Tomas Lindqvist', work: undefined },
];

/** Words of the page that are not this person's headline: other cards, the name's line, the place. */
const NOT_THEIRS = [
  'Marek',
  'Novák',
  'Transit planner',
  'Timetables',
  'Amara',
  'People you may know',
  'Connect',
  'Activity',
  'followers',
  'posted',
  'She/Her',
  'he/him',
  'Verified',
  '2nd',
  'Malmö',
  'Uppsala',
  'Contact info',
  'connections',
  'Message',
  // The rest of Nadia's long headline: it is reduced to one short topic, not pasted whole.
  'Senior data engineer',
  'civic tech',
  'transit policy',
];

const STARTERS = `(() => {
  const panel = document.querySelector('cultivate-coach').shadowRoot;
  return [...panel.querySelectorAll('.starter')].map((b) => b.textContent);
})()`;

/**
 * The top card's Connect, then "Add a note": the panel offers starters built from this person's
 * own headline, reduced to a short topic, or from no headline; never from another card.
 */
export async function startersFromTheTopCard(browser: ScenarioBrowser, person: HashedProfile) {
  const page = await browser.openLinkedIn(person.path);
  await page.click({ css: `main a[aria-label="Invite ${person.name} to connect"]` });
  await page.click({ role: 'button', name: 'Add a note' });
  await page.waitFor(NOTE);
  await expect
    .poll(() => page.count({ css: 'cultivate-coach .starter' }), { timeout: 10_000 })
    .toBeGreaterThan(1);
  await page.lendClosedRootsToPage();
  const starters = await page.evaluateScript<string[]>(STARTERS);

  const first = person.name.split(' ')[0]!;
  for (const starter of starters) {
    expect(starter.startsWith(`Hi ${first},`), starter).toBe(true);
    for (const words of NOT_THEIRS) expect(starter, `quotes "${words}"`).not.toContain(words);
  }
  const aboutTheirWork = starters.filter((s) => /your work/i.test(s));
  expect(aboutTheirWork.length).toBeGreaterThan(0);
  for (const starter of aboutTheirWork) {
    if (person.work) {
      // The topic, not the whole headline pasted in.
      expect(starter).toMatch(new RegExp(`your work ${person.work}(?!\\w)`, 'i'));
    } else {
      expect(starter).not.toMatch(/your work (?:on|as) /i);
    }
  }
  await page.close();
}
