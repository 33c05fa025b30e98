import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import type { Touch } from './model';
import { createDatabaseAt } from './migrations/testing';
import { COACH_NOTES_LIMIT } from './stats';
import { openHistoryStore } from './store';
import { uniqueDatabaseName } from './test-fixtures';

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
});
