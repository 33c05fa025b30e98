import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { openHistoryStore } from './store';
import { invitation, message, uniqueDatabaseName } from './test-fixtures';

const START = new Date(2026, 10, 2, 9, 0).getTime();
const TABS = 5;
const SENDS_PER_TAB = 50;
const PEOPLE = 20;

it(`keeps every send when ${TABS} tabs each record ${SENDS_PER_TAB} at once`, async () => {
  const name = uniqueDatabaseName('tabs');
  const tabs = await Promise.all(Array.from({ length: TABS }, () => openHistoryStore({ name })));

  // Tab t's send i goes to person (t + i) % PEOPLE, so every person is written to by several tabs at once.
  const at = (tab: number, i: number) => START + (i * TABS + tab) * 60_000;
  await Promise.all(
    tabs.flatMap((store, tab) =>
      Array.from({ length: SENDS_PER_TAB }, (_, i) => {
        const person = (tab + i) % PEOPLE;
        const send = i % 5 === 4 ? message(`p${person}`, `Person ${person}`, at(tab, i), `Message ${tab}/${i}`) : invitation(`p${person}`, `Person ${person}`, at(tab, i), `Note ${tab}/${i}`);
        return store.recordSend(send);
      }),
    ),
  );

  const reader = tabs[0];
  if (!reader) throw new Error('no tab');
  const all = await reader.recentTouches(1_000);
  expect(all).toHaveLength(TABS * SENDS_PER_TAB);
  expect(new Set(all.map(({ touch }) => touch.id)).size).toBe(TABS * SENDS_PER_TAB);
  expect(new Set(all.map(({ touch }) => touch.note))).toEqual(
    new Set(Array.from({ length: TABS }, (_, tab) => Array.from({ length: SENDS_PER_TAB }, (__, i) => `${i % 5 === 4 ? 'Message' : 'Note'} ${tab}/${i}`)).flat()),
  );

  for (let person = 0; person < PEOPLE; person += 1) {
    const key = `linkedin.com/in/p${person}`;
    const timeline = await reader.timeline(key, 1_000);
    const contact = await reader.contact(key);
    const times = timeline.map((touch) => touch.at);
    expect(contact?.lastTouchAt).toBe(Math.max(...times));
    expect(contact?.firstContactAt).toBe(Math.min(...times));
    expect(contact?.stage).toBe(timeline.some((touch) => touch.kind === 'message') ? 'conversing' : 'requested');
  }
  expect((await reader.coachHistory(START + 1_000 * 60_000)).recentNotes).toHaveLength(TABS * SENDS_PER_TAB);
  for (const store of tabs) store.close();
});
