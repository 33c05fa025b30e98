import { describe, expect, it } from 'vitest';
import type { Contact } from '@/utils/history/model';
import { badgeText, DAY_MS, followUpSentence, isDue, nextCheckAt, planReminder } from './plan';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const HOUR = 60 * 60 * 1000;

function contact(name: string, due: number | undefined, lastTouchAt = NOW - 10 * DAY_MS): Contact {
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const c: Contact = { key: `linkedin.com/in/${slug}`, name, nameLower: name.toLowerCase(), firstContactAt: lastTouchAt, stage: 'connected', lastTouchAt };
  if (due !== undefined) c.nextFollowUpAt = due;
  return c;
}

const ana = contact('Ana Souza', NOW - 2 * DAY_MS);
const wei = contact('Wei Zhang', NOW - DAY_MS);
const kwame = contact('Kwame Mensah', NOW - 60_000);

describe('who is due', () => {
  it('a follow-up whose time has come, with no touch since', () => {
    expect(isDue(ana, NOW)).toBe(true);
    expect(isDue(contact('Later', NOW + 1), NOW)).toBe(false);
    expect(isDue(contact('None', undefined), NOW)).toBe(false);
  });

  it('not someone touched at or after the follow-up came due', () => {
    expect(isDue(contact('Wrote', NOW - DAY_MS, NOW - DAY_MS), NOW)).toBe(false);
    expect(isDue(contact('Wrote later', NOW - DAY_MS, NOW - 60_000), NOW)).toBe(false);
  });
});

describe('the words', () => {
  it('one, two, three and more', () => {
    expect(followUpSentence([ana])).toBe('A follow-up is due: Ana Souza');
    expect(followUpSentence([ana, wei])).toBe('2 follow-ups are due: Ana Souza and Wei Zhang');
    expect(followUpSentence([ana, wei, kwame])).toBe('3 follow-ups are due: Ana Souza, Wei Zhang and 1 more');
  });

  it('a contact without a name is called by its profile address', () => {
    expect(followUpSentence([{ ...ana, name: '' }])).toBe('A follow-up is due: ana-souza');
  });

  it('the badge: the count, empty for none, 99+ past 99', () => {
    expect([badgeText(0), badgeText(3), badgeText(99), badgeText(100)]).toEqual(['', '3', '99', '99+']);
  });
});

describe('one notification, not twice a day', () => {
  it('several due: one notification naming them', () => {
    const plan = planReminder([ana, wei, kwame], null, NOW);
    expect(plan.badge).toBe('3');
    expect(plan.notification?.message).toBe('3 follow-ups are due: Ana Souza, Wei Zhang and 1 more.');
    expect(plan.notified).toEqual({ keys: [ana.key, kwame.key, wei.key].sort(), at: NOW });
  });

  it('nothing due: no notification and an empty badge', () => {
    expect(planReminder([contact('Later', NOW + DAY_MS)], null, NOW)).toMatchObject({ due: [], badge: '', notification: null });
  });

  it('the same people within a day: quiet; fewer (after Done or Snooze): quiet; someone new: again', () => {
    const last = planReminder([ana, wei], null, NOW).notified;
    expect(planReminder([ana, wei], last, NOW + DAY_MS - 1).notification).toBeNull();
    expect(planReminder([ana], last, NOW + 3 * HOUR)).toMatchObject({ badge: '1', notification: null });
    expect(planReminder([ana, wei, kwame], last, NOW + 3 * HOUR).notification?.message).toMatch(/^3 follow-ups are due/);
  });

  it('the same people a day later: reminded again', () => {
    const last = planReminder([ana, wei], null, NOW).notified;
    expect(planReminder([ana, wei], last, NOW + DAY_MS).notification).not.toBeNull();
  });
});

it('the daily check is at 9:00, today or tomorrow', () => {
  expect(new Date(nextCheckAt(new Date(2026, 10, 25, 8, 0).getTime())).toString()).toBe(new Date(2026, 10, 25, 9, 0).toString());
  expect(new Date(nextCheckAt(new Date(2026, 10, 25, 9, 0).getTime())).toString()).toBe(new Date(2026, 10, 26, 9, 0).toString());
});
