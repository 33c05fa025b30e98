import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryStore } from './api';
import { openHistoryStore } from './store';
import { LAST_NOTE_LOOKBACK } from './store-reads';
import { analysisSummary, invitation, message, uniqueDatabaseName } from './test-fixtures';
import { DAY_MS } from './weeks';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

const open: HistoryStore[] = [];
async function freshStore(): Promise<HistoryStore> {
  const store = await openHistoryStore({ name: uniqueDatabaseName('people') });
  open.push(store);
  return store;
}
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

describe('recentPeople', () => {
  it('lists each person once, newest touch first, with that touch', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('ana', 'Ana Souza', NOW - 5 * DAY_MS, 'Hi Ana, first note.'));
    await store.recordSend(invitation('kwame', 'Kwame Mensah', NOW - 4 * DAY_MS, 'Hi Kwame, first note.'));
    await store.recordSend(invitation('ana', 'Ana Souza', NOW - 3 * DAY_MS, 'Hi Ana, second note.'));
    await store.recordSend(invitation('fatima', 'Fatima Haddad', NOW - 2 * DAY_MS, null));
    await store.recordSend(invitation('kwame', 'Kwame Mensah', NOW - DAY_MS, 'Hi Kwame, second note.'));

    const people = await store.recentPeople(10);
    expect(people.map((p) => [p.contact.name, p.latest?.note ?? null])).toEqual([
      ['Kwame Mensah', 'Hi Kwame, second note.'],
      ['Fatima Haddad', null],
      ['Ana Souza', 'Hi Ana, second note.'],
    ]);
    expect(people[0]!.lastNote?.note).toBe('Hi Kwame, second note.');
    expect(people[1]!.lastNote).toBeUndefined();
  });

  it('keeps how the last note read after a follow-up marked done, and follows the latest verdict', async () => {
    const store = await freshStore();
    await store.recordSend(invitation('li', 'Li Wei', NOW - 9 * DAY_MS, 'Hi Li, hire me?', { analysis: analysisSummary('transactional') }));
    await store.recordSend(message('li', 'Li Wei', NOW - 8 * DAY_MS, 'Thanks for the intro!', { analysis: analysisSummary('relational') }));
    await store.markFollowUpDone('linkedin.com/in/li', NOW - DAY_MS);

    const [li] = await store.recentPeople(5);
    expect(li!.latest).toMatchObject({ kind: 'follow-up', at: NOW - DAY_MS });
    expect(li!.lastNote).toMatchObject({ kind: 'message', note: 'Thanks for the intro!' });
    expect(li!.lastNote?.analysis?.verdict).toBe('relational');
  });

  it(`looks back at most ${LAST_NOTE_LOOKBACK} touches for the last note`, async () => {
    const store = await freshStore();
    await store.recordSend(invitation('sam', 'Sam Okafor', NOW - 30 * DAY_MS, 'Hi Sam, an old note.'));
    for (let i = LAST_NOTE_LOOKBACK; i > 0; i--) await store.markFollowUpDone('linkedin.com/in/sam', NOW - i * DAY_MS);
    const [sam] = await store.recentPeople(5);
    expect(sam!.latest?.kind).toBe('follow-up');
    expect(sam!.lastNote).toBeUndefined();
  });

  it('pages back from the oldest shown, and honours the limit', async () => {
    const store = await freshStore();
    for (let i = 0; i < 7; i++) await store.recordSend(invitation(`p${i}`, `Person ${i}`, NOW - i * DAY_MS, null));
    const first = await store.recentPeople(3);
    expect(first.map((p) => p.contact.name)).toEqual(['Person 0', 'Person 1', 'Person 2']);
    const next = await store.recentPeople(3, first.at(-1)!.contact.lastTouchAt);
    expect(next.map((p) => p.contact.name)).toEqual(['Person 3', 'Person 4', 'Person 5']);
    expect(await store.recentPeople(0)).toEqual([]);
  });

  it('answers an empty history with no one', async () => {
    const store = await freshStore();
    expect(await store.recentPeople(20)).toEqual([]);
  });
});

describe('countFollowUpsDue', () => {
  it('counts the contacts due at or before now, and none later', async () => {
    const store = await freshStore();
    for (const slug of ['a', 'b', 'c']) await store.recordSend(invitation(slug, slug.toUpperCase(), NOW - 20 * DAY_MS, null));
    await store.snoozeFollowUp('linkedin.com/in/a', NOW - DAY_MS);
    await store.snoozeFollowUp('linkedin.com/in/b', NOW);
    await store.snoozeFollowUp('linkedin.com/in/c', NOW + DAY_MS);
    expect(await store.countFollowUpsDue(NOW)).toBe(2);
    await store.markFollowUpDone('linkedin.com/in/a', NOW);
    expect(await store.countFollowUpsDue(NOW)).toBe(1);
  });
});
