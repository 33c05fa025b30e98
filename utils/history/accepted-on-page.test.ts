import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeAcceptance } from './accepted-on-page';
import { openHistoryStore } from './store';
import { invitation, message, uniqueDatabaseName } from './test-fixtures';
import { DAY_MS } from './weeks';

const SENT = new Date(2026, 10, 20, 9, 0).getTime();
const SEEN = new Date(2026, 10, 25, 18, 30).getTime();
const stores: { close(): void }[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

async function historyWith(delayDays: number) {
  const store = await openHistoryStore({ name: uniqueDatabaseName('accepted'), followUpDelayDays: async () => delayDays });
  stores.push(store);
  await store.recordSend(invitation('wei-zhang', 'Wei Zhang', SENT, 'Hi Wei, happy to share my notes on data desks.'));
  return store;
}

describe('an acceptance seen on a profile the person opened', () => {
  it('moves a requested contact to connected as of that moment, and the follow-up falls due after their own delay', async () => {
    const store = await historyWith(4);
    const contact = await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang' }, SEEN);
    expect(contact).toMatchObject({ stage: 'connected', connectedAt: SEEN, nextFollowUpAt: SEEN + 4 * DAY_MS });
    expect(await store.contact('linkedin.com/in/wei-zhang')).toEqual(contact);
  });

  it('takes only a profile key, never an address to parse', async () => {
    const store = await historyWith(7);
    expect(await noticeAcceptance(store, { profileUrl: 'https://www.linkedin.com/in/wei-zhang/', name: 'Wei Zhang' }, SEEN)).toBeUndefined();
    expect((await store.contact('linkedin.com/in/wei-zhang'))?.stage).toBe('requested');
  });

  it('a name the page adds to (a title, a middle name) still matches', async () => {
    const store = await historyWith(7);
    expect(await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Dr. Wei Zhang 张伟' }, SEEN)).toBeDefined();
  });

  it('changes nothing for someone not in the history, a name that is not theirs, or a contact already past requested', async () => {
    const store = await historyWith(7);
    const before = await store.contact('linkedin.com/in/wei-zhang');
    expect(await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/someone-else', name: 'Someone Else' }, SEEN)).toBeUndefined();
    expect(await store.contact('linkedin.com/in/someone-else')).toBeUndefined();
    expect(await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Oksana Petrenko' }, SEEN)).toBeUndefined();
    expect(await store.contact('linkedin.com/in/wei-zhang')).toEqual(before);

    await store.recordSend(message('wei-zhang', 'Wei Zhang', SEEN - DAY_MS, 'Thanks for connecting, Wei!'));
    const conversing = await store.contact('linkedin.com/in/wei-zhang');
    expect(await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang' }, SEEN)).toBeUndefined();
    expect(await store.contact('linkedin.com/in/wei-zhang')).toEqual(conversing);
  });

  it('a second visit keeps the first date', async () => {
    const store = await historyWith(7);
    await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang' }, SEEN);
    expect(await noticeAcceptance(store, { profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang' }, SEEN + DAY_MS)).toBeUndefined();
    expect((await store.contact('linkedin.com/in/wei-zhang'))?.connectedAt).toBe(SEEN);
  });
});
