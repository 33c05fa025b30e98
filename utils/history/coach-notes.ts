import type { IDBPTransaction } from 'idb';
import type { PastNote } from '@/utils/coach/schema';
import type { HistoryDBSchema } from './db';
import type { Touch } from './model';

/** As many notes as the coach compares a draft with for template reuse. */
export const COACH_NOTES_LIMIT = 10_000;
/** The longest past note the coach's context accepts (`pastNoteSchema`). */
const COACH_NOTE_MAX_LENGTH = 10_000;
/** More new touches than this since the last read (an import, say): reload instead of merging. */
const MERGE_LIMIT = 1_000;

export type CoachNotes = ReturnType<typeof createCoachNotes>;

type TouchesTx = IDBPTransaction<HistoryDBSchema, ('touches' | 'meta')[], 'readonly'>;

interface Note extends PastNote {
  id: number;
}

const newestFirst = (a: Note, b: Note) => b.at - a.at || b.id - a.id;

function notesOf(touches: readonly Touch[]): Note[] {
  return touches.flatMap((touch) =>
    touch.note?.trim() && touch.id !== undefined ? [{ id: touch.id, text: touch.note.slice(0, COACH_NOTE_MAX_LENGTH), at: touch.at }] : [],
  );
}

/**
 * The newest notes, newest first, for the coach, asked for on every draft. Reading 10,000 touches
 * costs tens of milliseconds even in a browser, so the notes are kept in memory and each call reads
 * only the touches added since (ids only grow; usually none or one). A store emptied or cut back
 * below the last id seen is read again whole, and so is one whose `generation` (meta store) moved:
 * an import or a deletion, made by this store or another page's, bumps it in its own transaction.
 * Anything else that deletes or rewrites touches must bump it too.
 *
 * Calls may overlap, each in its own transaction. Every note held has an id at most `lastId` (both
 * change together, synchronously), so merging only ids above it never duplicates; an older
 * snapshot finishing last costs at most one stale answer.
 */
export function createCoachNotes() {
  let cached: Note[] = [];
  let view: PastNote[] = [];
  let lastId = 0;
  let generation: number | undefined;

  const keep = (notes: Note[]) => {
    cached = notes.sort(newestFirst).slice(0, COACH_NOTES_LIMIT);
    view = cached.map(({ text, at }) => ({ text, at }));
  };

  /** New notes are nearly always newer than all held: then they go in front, without a sort. */
  const merge = (added: Note[]) => {
    const fresh = added.filter((note) => note.id > lastId).sort(newestFirst);
    const oldestFresh = fresh.at(-1);
    const newestHeld = cached[0];
    if (!oldestFresh) return;
    if (newestHeld && newestFirst(oldestFresh, newestHeld) > 0) {
      keep([...fresh, ...cached]);
      return;
    }
    cached = [...fresh, ...cached].slice(0, COACH_NOTES_LIMIT);
    view = [...fresh.map(({ text, at }) => ({ text, at })), ...view].slice(0, COACH_NOTES_LIMIT);
  };

  async function readAll(tx: TouchesTx): Promise<Note[]> {
    const index = tx.objectStore('touches').index('by-note-at');
    const total = await index.count();
    // getAll only reads forwards: skip to where the newest notes begin, then read them in one request.
    let range: IDBKeyRange | null = null;
    if (total > COACH_NOTES_LIMIT) {
      const cursor = await index.openKeyCursor();
      const boundary = await cursor?.advance(total - COACH_NOTES_LIMIT);
      if (boundary) range = IDBKeyRange.lowerBound(boundary.key);
    }
    return notesOf(await index.getAll(range));
  }

  return {
    async read(tx: TouchesTx): Promise<PastNote[]> {
      const current = (await tx.objectStore('meta').get('generation')) ?? 0;
      if (current !== generation) {
        generation = current;
        lastId = 0;
      }
      const touches = tx.objectStore('touches');
      const newest = await touches.openKeyCursor(null, 'prev');
      const newestId = newest?.primaryKey ?? 0;
      if (lastId === 0 || newestId < lastId) {
        keep(await readAll(tx));
        lastId = newestId;
      } else if (newestId > lastId) {
        const added = await touches.getAll(IDBKeyRange.lowerBound(lastId, true), MERGE_LIMIT + 1);
        if (added.length > MERGE_LIMIT) {
          keep(await readAll(tx));
        } else {
          merge(notesOf(added));
        }
        lastId = Math.max(lastId, newestId);
      }
      return view.slice();
    },
  };
}
