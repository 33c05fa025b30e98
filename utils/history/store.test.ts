import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from './api';
import { openHistoryStore } from './store';
import { analysisSummary, invitation, message, uniqueDatabaseName } from './test-fixtures';
import { DAY_MS } from './weeks';

const HOUR = 60 * 60 * 1000;
/** Wednesday 25 November 2026, 10:00 local time; its week starts Monday the 23rd. */
const WEDNESDAY = new Date(2026, 10, 25, 10, 0).getTime();
const MONDAY = new Date(2026, 10, 23, 0, 0).getTime();

const open: HistoryStore[] = [];
async function freshStore(followUpDelayDays?: number): Promise<HistoryStore> {
  const store = await openHistoryStore({ name: uniqueDatabaseName('store'), followUpDelayDays });
  open.push(store);
  return store;
}
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

describe('recordSend', () => {
  it('creates a requested contact keyed by the profile key the adapter read, and an invitation touch', async () => {
    const store = await freshStore();
    const send = invitation('Priya-Raman-42', 'Priya Raman', WEDNESDAY, 'Hi Priya, your talk on CRDTs at Strange Loop changed how I think about sync.', {
      recipient: { name: 'Priya Raman', headline: 'Staff Engineer at Figma', company: 'Figma', profileUrl: 'linkedin.com/in/priya-raman-42' },
    });
    const { contact, touch } = await store.recordSend(send);

    expect(contact).toEqual({
      key: 'linkedin.com/in/priya-raman-42',
      name: 'Priya Raman',
      nameLower: 'priya raman',
      nameWords: ['priya', 'raman'],
      headline: 'Staff Engineer at Figma',
      company: 'Figma',
      profileUrl: 'https://www.linkedin.com/in/priya-raman-42/',
      firstContactAt: WEDNESDAY,
      stage: 'requested',
      lastTouchAt: WEDNESDAY,
    });
    expect(touch).toMatchObject({ contactKey: contact.key, kind: 'invitation', surface: 'invitation', at: WEDNESDAY, note: send.note, noteAt: WEDNESDAY });
    expect(touch.id).toBeGreaterThan(0);
    expect(await store.contact(contact.key)).toEqual(contact);
  });

  it('starts a contact first written to by message as conversing', async () => {
    const store = await freshStore();
    const { contact, touch } = await store.recordSend(message('tomas-k', 'Tomás Kovač', WEDNESDAY, 'Thanks for the intro to Lena!'));
    expect(contact.stage).toBe('conversing');
    expect(touch.kind).toBe('message');
  });

  it('keys by name, then by page, when the page showed no profile address', async () => {
    const store = await freshStore();
    const byName = await store.recordSend({ ...invitation('x', 'Ada  Lovelace', WEDNESDAY, null), recipient: { name: ' Ada  Lovelace ' } });
    const unknown = await store.recordSend({ ...invitation('x', '', WEDNESDAY, null), recipient: {}, pageUrl: 'https://www.linkedin.com/mynetwork/grow/?skipRedirect=true' });
    expect(byName.contact.key).toBe('name:ada lovelace');
    expect(byName.contact.name).toBe('Ada  Lovelace');
    expect(byName.contact.profileUrl).toBeUndefined();
    expect(unknown.contact.key).toBe('unknown:/mynetwork/grow/');
    expect(unknown.touch.noteAt).toBeUndefined();
  });

  it('does not take an address that is no profile key for one (the adapter normalises; the page is untrusted)', async () => {
    const store = await freshStore();
    for (const profileUrl of ['https://www.linkedin.com/in/ada/', 'linkedin.com/in/Ada', 'linkedin.com/in/ada/../../x', 'name:someone-else']) {
      const { contact } = await store.recordSend({ ...invitation('x', 'Ada Lovelace', WEDNESDAY, null), recipient: { name: 'Ada Lovelace', profileUrl } });
      expect(contact.key).toBe('name:ada lovelace');
      expect(contact.profileUrl).toBeUndefined();
    }
  });

  it('moves a requested or connected contact to conversing on a message, and keeps the stage on another invitation', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('li-wei', 'Li Wei', WEDNESDAY - 3 * DAY_MS, null));
    const again = await store.recordSend(invitation('li-wei', 'Li Wei', WEDNESDAY - 2 * DAY_MS, 'Following up on my request'));
    expect(again.contact.stage).toBe('requested');

    await store.setStage('linkedin.com/in/li-wei', 'connected', WEDNESDAY - DAY_MS);
    const { contact } = await store.recordSend(message('li-wei', 'Li Wei', WEDNESDAY, 'Glad we connected!'));
    expect(contact.stage).toBe('conversing');
    expect(contact.firstContactAt).toBe(WEDNESDAY - 3 * DAY_MS);
    expect(contact.lastTouchAt).toBe(WEDNESDAY);

    const later = await store.recordSend(invitation('li-wei', 'Li Wei', WEDNESDAY + HOUR, null));
    expect(later.contact.stage).toBe('conversing');
  });

  it('fills in what a later send newly tells, keeps what it does not, and never moves lastTouchAt back', async () => {
    const store = await freshStore();
    await store.recordSend({ ...invitation('sam-o', 'Sam O', WEDNESDAY, null), recipient: { profileUrl: 'linkedin.com/in/sam-o' } });
    const named = await store.recordSend({
      ...message('sam-o', 'Sam Okafor', WEDNESDAY - HOUR, 'Hello'),
      recipient: { name: 'Sam Okafor', headline: 'Product at Stripe', profileUrl: 'linkedin.com/in/sam-o' },
    });
    expect(named.contact).toMatchObject({ name: 'Sam Okafor', nameLower: 'sam okafor', headline: 'Product at Stripe', lastTouchAt: WEDNESDAY, firstContactAt: WEDNESDAY - HOUR });
    const quiet = await store.recordSend({ ...message('sam-o', '', WEDNESDAY + HOUR, 'Any news?'), recipient: { profileUrl: 'linkedin.com/in/sam-o' } });
    expect(quiet.contact).toMatchObject({ name: 'Sam Okafor', headline: 'Product at Stripe', lastTouchAt: WEDNESDAY + HOUR });
  });
});

describe('follow-ups', () => {
  it('schedules one when an invitation is accepted, after the configured delay, unless one is set', async () => {
    const store = await freshStore(3);
    await store.recordSend(invitation('noor-h', 'Noor Haddad', MONDAY, 'Hi Noor'));
    const connected = await store.setStage('linkedin.com/in/noor-h', 'connected', WEDNESDAY);
    expect(connected.nextFollowUpAt).toBe(WEDNESDAY + 3 * DAY_MS);

    await store.snoozeFollowUp('linkedin.com/in/noor-h', WEDNESDAY + 10 * DAY_MS);
    const again = await store.setStage('linkedin.com/in/noor-h', 'connected', WEDNESDAY + DAY_MS);
    expect(again.nextFollowUpAt).toBe(WEDNESDAY + 10 * DAY_MS);
  });

  it('defaults to a week, and other stages schedule nothing', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('a', 'A', MONDAY, null));
    await store.recordSend(invitation('b', 'B', MONDAY, null));
    expect((await store.setStage('linkedin.com/in/a', 'connected', WEDNESDAY)).nextFollowUpAt).toBe(WEDNESDAY + 7 * DAY_MS);
    expect((await store.setStage('linkedin.com/in/b', 'conversing', WEDNESDAY)).nextFollowUpAt).toBeUndefined();
  });

  it('lists those due, most overdue first, up to the limit', async () => {
    const store = await freshStore(1);
    for (const [slug, acceptedDaysAgo] of [['due-2', 2], ['due-5', 5], ['not-yet', 0], ['due-3', 3]] as const) {
      await store.recordSend(invitation(slug, slug, WEDNESDAY - 10 * DAY_MS, null));
      await store.setStage(`linkedin.com/in/${slug}`, 'connected', WEDNESDAY - acceptedDaysAgo * DAY_MS);
    }
    await store.recordSend(invitation('never-accepted', 'N', WEDNESDAY - 10 * DAY_MS, null));
    expect((await store.followUpsDue(WEDNESDAY, 10)).map((c) => c.key)).toEqual(['linkedin.com/in/due-5', 'linkedin.com/in/due-3', 'linkedin.com/in/due-2']);
    expect((await store.followUpsDue(WEDNESDAY, 2)).map((c) => c.key)).toEqual(['linkedin.com/in/due-5', 'linkedin.com/in/due-3']);
    expect(await store.followUpsDue(WEDNESDAY, 0)).toEqual([]);
  });

  it('is cleared by a message to the contact: reminders follow real contact', async () => {
    const store = await freshStore(1);
    await store.recordSend(invitation('mei', 'Mei Chen', WEDNESDAY - 5 * DAY_MS, null));
    await store.setStage('linkedin.com/in/mei', 'connected', WEDNESDAY - 3 * DAY_MS);
    expect(await store.followUpsDue(WEDNESDAY, 10)).toHaveLength(1);
    const { contact } = await store.recordSend(message('mei', 'Mei Chen', WEDNESDAY, 'Loved your post on onboarding.'));
    expect(contact.nextFollowUpAt).toBeUndefined();
    expect(await store.followUpsDue(WEDNESDAY + 30 * DAY_MS, 10)).toEqual([]);
  });

  it('is not cleared by another invitation', async () => {
    const store = await freshStore(1);
    await store.recordSend(invitation('mei', 'Mei Chen', WEDNESDAY - 5 * DAY_MS, null));
    await store.setStage('linkedin.com/in/mei', 'connected', WEDNESDAY - 3 * DAY_MS);
    await store.recordSend(invitation('mei', 'Mei Chen', WEDNESDAY, null));
    expect(await store.followUpsDue(WEDNESDAY, 10)).toHaveLength(1);
  });

  it('marked done adds a follow-up touch, clears the reminder and counts as the last touch', async () => {
    const store = await freshStore(1);
    await store.recordSend(invitation('olu', 'Olu Adeyemi', WEDNESDAY - 5 * DAY_MS, 'Hi Olu'));
    await store.setStage('linkedin.com/in/olu', 'connected', WEDNESDAY - 3 * DAY_MS);
    const done = await store.markFollowUpDone('linkedin.com/in/olu', WEDNESDAY);
    expect(done.nextFollowUpAt).toBeUndefined();
    expect(done.lastTouchAt).toBe(WEDNESDAY);
    expect(done.stage).toBe('connected');
    const [latest, first] = await store.timeline('linkedin.com/in/olu', 10);
    expect(latest).toMatchObject({ kind: 'follow-up', at: WEDNESDAY, note: null });
    expect(first).toMatchObject({ kind: 'invitation', note: 'Hi Olu' });
  });

  it('snoozed until later is no longer due now', async () => {
    const store = await freshStore(1);
    await store.recordSend(invitation('kai', 'Kai', WEDNESDAY - 5 * DAY_MS, null));
    await store.setStage('linkedin.com/in/kai', 'connected', WEDNESDAY - 3 * DAY_MS);
    const snoozed = await store.snoozeFollowUp('linkedin.com/in/kai', WEDNESDAY + 2 * DAY_MS);
    expect(snoozed.nextFollowUpAt).toBe(WEDNESDAY + 2 * DAY_MS);
    expect(await store.followUpsDue(WEDNESDAY, 10)).toEqual([]);
    expect(await store.followUpsDue(WEDNESDAY + 2 * DAY_MS, 10)).toHaveLength(1);
  });

  it('on an unknown contact rejects naming it', async () => {
    const store = await freshStore();
    await expect(store.setStage('linkedin.com/in/nobody', 'connected', WEDNESDAY)).rejects.toThrow(/set the stage of linkedin.com\/in\/nobody: there is no contact/);
    await expect(store.markFollowUpDone('linkedin.com/in/nobody', WEDNESDAY)).rejects.toThrow(/no contact "linkedin.com\/in\/nobody"/);
    await expect(store.snoozeFollowUp('linkedin.com/in/nobody', WEDNESDAY)).rejects.toThrow(/snooze/);
    await expect(store.setHowWeMet('linkedin.com/in/nobody', 'x')).rejects.toThrow(/how you met/);
  });
});

describe('setHowWeMet', () => {
  it('keeps the person’s words trimmed, and clears them when emptied', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('ines', 'Inês', WEDNESDAY, null));
    expect((await store.setHowWeMet('linkedin.com/in/ines', '  Sat together at the Lisbon JS meetup \n')).howWeMet).toBe('Sat together at the Lisbon JS meetup');
    expect((await store.setHowWeMet('linkedin.com/in/ines', '   ')).howWeMet).toBeUndefined();
    expect((await store.contact('linkedin.com/in/ines'))?.howWeMet).toBeUndefined();
  });
});

describe('reading', () => {
  async function storeWithWeek() {
    const store = await freshStore();
    const sends = [
      invitation('ana', 'Ana Souza', MONDAY + HOUR, 'Hi Ana, your piece on design tokens was great.'),
      invitation('ben', 'Ben Ito', MONDAY + 2 * HOUR, null),
      message('ana', 'Ana Souza', MONDAY + 3 * HOUR, 'Thanks for accepting!'),
      invitation('cy', 'Cy Young', MONDAY + 4 * HOUR, 'Hi Cy'),
      invitation('dee', 'Dee Anand', MONDAY + 5 * HOUR, 'Hi Dee'),
    ];
    for (const send of sends) await store.recordSend(send);
    return store;
  }

  it('lists recent touches newest first with their contact, and pages back with `before`', async () => {
    const store = await storeWithWeek();
    const page = await store.recentTouches(3);
    expect(page.map(({ touch, contact }) => [contact.name, touch.kind])).toEqual([
      ['Dee Anand', 'invitation'],
      ['Cy Young', 'invitation'],
      ['Ana Souza', 'message'],
    ]);
    const next = await store.recentTouches(3, page.at(-1)?.touch.at);
    expect(next.map(({ contact }) => contact.name)).toEqual(['Ben Ito', 'Ana Souza']);
    expect(next[1]?.contact.stage).toBe('conversing');
    expect(await store.recentTouches(0)).toEqual([]);
  });

  it('shows one contact’s timeline only, newest first, limited', async () => {
    const store = await storeWithWeek();
    expect((await store.timeline('linkedin.com/in/ana', 10)).map((t) => t.kind)).toEqual(['message', 'invitation']);
    expect(await store.timeline('linkedin.com/in/ana', 1)).toHaveLength(1);
    expect(await store.timeline('linkedin.com/in/nobody', 10)).toEqual([]);
  });

  it('searches names by prefix and by any word start, accent-blind, newest touch first', async () => {
    const store = await freshStore();
    const people = [
      ['ann-smith', 'Ann Smith', 1],
      ['anne-marie', "Anne-Marie O'Neil", 2],
      ['joanne', 'Joanne Smithers', 3],
      ['jose', 'José Álvarez', 4],
      ['bob', 'Bob Annan', 5],
    ] as const;
    for (const [slug, name, day] of people) await store.recordSend(invitation(slug, name, MONDAY + day * HOUR, null));
    const names = async (query: string, limit = 10) => (await store.searchContacts(query, limit)).map((c) => c.name);

    expect(await names('ann')).toEqual(['Bob Annan', "Anne-Marie O'Neil", 'Ann Smith']);
    expect(await names('SMITH')).toEqual(['Joanne Smithers', 'Ann Smith']);
    expect(await names('ann sm')).toEqual(['Ann Smith']);
    expect(await names('marie')).toEqual(["Anne-Marie O'Neil"]);
    expect(await names('jose alv')).toEqual(['José Álvarez']);
    expect(await names('josé')).toEqual(['José Álvarez']);
    expect(await names('ann', 1)).toEqual(['Bob Annan']);
    expect(await names('oanne')).toEqual([]);
    expect(await names('   ')).toEqual([]);
  });

  it('reads an unknown contact as undefined', async () => {
    const store = await freshStore();
    expect(await store.contact('linkedin.com/in/nobody')).toBeUndefined();
  });
});

describe('weeks', () => {
  it('summarise the week from Monday 00:00 local time, not the Sunday before or the Monday after', async () => {
    const store = await freshStore();
    const sundayNight = MONDAY - 60 * 1000;
    const nextMonday = new Date(2026, 10, 30, 0, 0).getTime();
    await store.recordSend(invitation('before', 'Before', sundayNight, 'Hi'));
    await store.recordSend(invitation('first', 'First', MONDAY, 'Hi First, loved your talk'));
    await store.recordSend(invitation('bare', 'Bare', MONDAY + DAY_MS, null));
    await store.recordSend(invitation('pitch', 'Pitch', MONDAY + DAY_MS, 'Buy my thing', { analysis: analysisSummary('transactional') }));
    await store.recordSend(message('first', 'First', MONDAY + 2 * DAY_MS, 'Thanks for connecting!'));
    await store.setStage('linkedin.com/in/bare', 'connected', MONDAY + DAY_MS);
    await store.markFollowUpDone('linkedin.com/in/bare', WEDNESDAY);
    await store.recordSend(invitation('after', 'After', nextMonday, 'Hi'));

    expect(await store.weekSummary(WEDNESDAY)).toEqual({
      weekStart: MONDAY,
      requests: 3,
      requestsWithNote: 2,
      relationalNotes: 2,
      followUpsDone: 1,
    });
    // Sunday 23:59 belongs to the week before.
    expect((await store.weekSummary(sundayNight)).requests).toBe(1);
    expect((await store.weekSummary(sundayNight)).weekStart).toBe(new Date(2026, 10, 16, 0, 0).getTime());
  });

  it('give activity for the last weeks, oldest first, current week last, empty weeks as zeros', async () => {
    const store = await freshStore();
    const twoWeeksAgo = new Date(2026, 10, 9, 0, 0).getTime();
    await store.recordSend(invitation('a', 'A', twoWeeksAgo + HOUR, null));
    await store.recordSend(invitation('b', 'B', twoWeeksAgo + DAY_MS, null));
    await store.recordSend(message('a', 'A', MONDAY + HOUR, 'Hello'));
    await store.recordSend(invitation('c', 'C', MONDAY + 2 * HOUR, null));
    await store.setStage('linkedin.com/in/c', 'connected', MONDAY + 3 * HOUR);
    await store.markFollowUpDone('linkedin.com/in/c', WEDNESDAY);

    expect(await store.activityByWeek(WEDNESDAY, 4)).toEqual([
      { weekStart: new Date(2026, 10, 2).getTime(), requests: 0, messages: 0, followUps: 0 },
      { weekStart: twoWeeksAgo, requests: 2, messages: 0, followUps: 0 },
      { weekStart: new Date(2026, 10, 16).getTime(), requests: 0, messages: 0, followUps: 0 },
      { weekStart: MONDAY, requests: 1, messages: 1, followUps: 1 },
    ]);
    expect(await store.activityByWeek(WEDNESDAY, 0)).toEqual([]);
  });
});

describe('coachHistory', () => {
  it('gives notes newest first (no empty ones) and counts only invitations of the last 24 h and 7 days', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('old', 'Old', WEDNESDAY - 8 * DAY_MS, 'An old note'));
    await store.recordSend(invitation('week', 'Week', WEDNESDAY - 3 * DAY_MS, 'Hi Week'));
    await store.recordSend(invitation('bare', 'Bare', WEDNESDAY - 2 * HOUR, null));
    await store.recordSend(invitation('blank', 'Blank', WEDNESDAY - 90 * 60 * 1000, '   '));
    await store.recordSend(message('week', 'Week', WEDNESDAY - HOUR, 'Thanks, Week!'));

    expect(await store.coachHistory(WEDNESDAY)).toEqual({
      recentNotes: [
        { text: 'Thanks, Week!', at: WEDNESDAY - HOUR },
        { text: 'Hi Week', at: WEDNESDAY - 3 * DAY_MS },
        { text: 'An old note', at: WEDNESDAY - 8 * DAY_MS },
      ],
      sentLast24h: 2,
      sentLast7d: 3,
    });
  });

  it('is empty for a new history', async () => {
    const store = await freshStore();
    expect(await store.coachHistory(WEDNESDAY)).toEqual({ recentNotes: [], sentLast24h: 0, sentLast7d: 0 });
  });
});

describe('close', () => {
  it('makes later calls reject instead of reopening', async () => {
    const store = await openHistoryStore({ name: uniqueDatabaseName('closed') });
    store.close();
    await expect(store.contact('x')).rejects.toThrow(/closed/);
  });
});
