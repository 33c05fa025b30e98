import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from './db';
import type { Touch } from './model';
import { createDatabaseAt } from './migrations/testing';
import { COACH_NOTES_LIMIT } from './coach-notes';
import { openHistoryStore } from './store';
import { invitation, message, uniqueDatabaseName } from './test-fixtures';

const START = new Date(2026, 0, 5, 9, 0).getTime();
const MINUTE = 60 * 1000;

function notedTouch(id: number, at: number): Touch {
  return {
    id,
    contactKey: `linkedin.com/in/person-${id % 500}`,
    kind: 'invitation',
    surface: 'invitation',
    at,
    note: `Note number ${id}`,
    analysis: null,
    pageUrl: 'https://www.linkedin.com/mynetwork/',
    noteAt: at,
  };
}

it(`gives the newest ${COACH_NOTES_LIMIT} notes when there are more, even when several share the boundary's time`, async () => {
  const name = uniqueDatabaseName('coach-notes');
  const total = COACH_NOTES_LIMIT + 50;
  // Touches 41–60 (counting from the oldest) share one time, so the 10,000th newest is among them.
  const touches = Array.from({ length: total }, (_, index) => notedTouch(index + 1, index >= 40 && index < 60 ? START + 40 * MINUTE : START + index * MINUTE));
  const bare = { ...notedTouch(total + 1, START + total * MINUTE), note: null, noteAt: undefined };
  await createDatabaseAt(name, 1, { touches: [...touches, bare] });

  const store = await openHistoryStore({ name });
  const { recentNotes } = await store.coachHistory(START + (total + 1) * MINUTE);
  store.close();

  expect(recentNotes).toHaveLength(COACH_NOTES_LIMIT);
  expect(recentNotes[0]).toEqual({ text: `Note number ${total}`, at: START + (total - 1) * MINUTE });
  expect(recentNotes.at(-1)?.text).toBe('Note number 51');
  const times = recentNotes.map((note) => note.at);
  expect(times).toEqual([...times].sort((a, b) => b - a));
}, 30_000);

describe('notes kept between calls', () => {
  const AT = new Date(2026, 10, 25, 10, 0).getTime();
  const texts = (history: { recentNotes: { text: string }[] }) => history.recentNotes.map((note) => note.text);

  it('include what this store and another tab recorded since, by time, each once', async () => {
    const name = uniqueDatabaseName('coach-cache');
    const [background, otherTab] = [await openHistoryStore({ name }), await openHistoryStore({ name })];
    await background.recordSend(invitation('a', 'Ada', AT, 'first'));
    expect(texts(await background.coachHistory(AT))).toEqual(['first']);

    await background.recordSend(invitation('b', 'Bo', AT + 2 * MINUTE, 'second'));
    await otherTab.recordSend(message('a', 'Ada', AT + 3 * MINUTE, 'third'));
    // Recorded later, sent earlier (a slow message): placed by its time.
    await otherTab.recordSend(invitation('c', 'Cy', AT + MINUTE, 'late'));
    await background.recordSend(invitation('d', 'Di', AT + 4 * MINUTE, null));
    const [one, two] = await Promise.all([background.coachHistory(AT + 5 * MINUTE), background.coachHistory(AT + 5 * MINUTE)]);
    expect(texts(one)).toEqual(['third', 'second', 'late', 'first']);
    expect(texts(two)).toEqual(['third', 'second', 'late', 'first']);
    expect(texts(await background.coachHistory(AT + 5 * MINUTE))).toEqual(['third', 'second', 'late', 'first']);
    background.close();
    otherTab.close();
  });

  it('are read again whole after a large import, and after the touches were cleared', async () => {
    const name = uniqueDatabaseName('coach-reload');
    const store = await openHistoryStore({ name });
    await store.recordSend(invitation('a', 'Ada', AT, 'recorded'));
    expect(texts(await store.coachHistory(AT))).toEqual(['recorded']);

    const raw = unwrap(await openHistoryDb({ name }));
    const write = async (change: (touches: IDBObjectStore) => void) => {
      const tx = raw.transaction('touches', 'readwrite');
      change(tx.objectStore('touches'));
      await new Promise((resolve) => (tx.oncomplete = resolve));
    };
    // More new touches than are merged one by one: an import of older history.
    await write((touches) => {
      for (let id = 1; id <= 1_500; id += 1) touches.put(notedTouch(100 + id, AT - id * MINUTE));
    });
    const imported = await store.coachHistory(AT);
    expect(imported.recentNotes).toHaveLength(1_501);
    expect(imported.recentNotes.slice(0, 2)).toEqual([
      { text: 'recorded', at: AT },
      { text: 'Note number 101', at: AT - MINUTE },
    ]);

    await write((touches) => touches.clear());
    expect(texts(await store.coachHistory(AT))).toEqual([]);
    raw.close();
    store.close();
  });
});
