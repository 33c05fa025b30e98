import { contextSchema, type ContextInput, type PastNote } from './schema';

// Parsing 10,000 past notes on every keystroke would cost more than the analysis itself. A caller
// that passes the same history array again gets the notes it parsed last time, as long as the
// array still has the same length and last note (the history only ever grows at the end).

interface ParsedNotes {
  length: number;
  last: unknown;
  notes: PastNote[];
}

const parsedNotesByInput = new WeakMap<object, ParsedNotes>();


export function parseContext(input: ContextInput): ReturnType<typeof contextSchema.safeParse> {
  const notes: unknown = (input as { recentNotes?: unknown } | null)?.recentNotes;
  const cached = Array.isArray(notes) ? parsedNotesByInput.get(notes) : undefined;
  if (Array.isArray(notes) && cached && cached.length === notes.length && cached.last === notes.at(-1)) {
    const rest = contextSchema.safeParse({ ...input, recentNotes: [] });
    if (rest.success) rest.data.recentNotes = cached.notes;
    return rest;
  }
  const parsed = contextSchema.safeParse(input);
  if (parsed.success && Array.isArray(notes)) {
    parsedNotesByInput.set(notes, { length: notes.length, last: notes.at(-1), notes: parsed.data.recentNotes });
  }
  return parsed;
}
