import { contextSchema, MAX_PAST_NOTE_LENGTH, type ContextInput, type PastNote } from './schema';

// Validating 10,000 past notes through zod on every keystroke would cost more than the analysis
// itself. The notes are checked here by hand against the same limits as pastNoteSchema; only if
// one fails does zod parse everything, to report exactly what is wrong.

const MAX_NOTES = 20_000;

function isPastNote(value: unknown): value is PastNote {
  if (typeof value !== 'object' || value === null) return false;
  const { text, at } = value as { text?: unknown; at?: unknown };
  return (
    typeof text === 'string' &&
    text.length <= MAX_PAST_NOTE_LENGTH &&
    typeof at === 'number' &&
    Number.isFinite(at)
  );
}

function areValidNotes(notes: unknown): notes is PastNote[] {
  return Array.isArray(notes) && notes.length <= MAX_NOTES && notes.every(isPastNote);
}

export function parseContext(input: ContextInput): ReturnType<typeof contextSchema.safeParse> {
  const notes: unknown = (input as { recentNotes?: unknown } | null)?.recentNotes;
  if (!areValidNotes(notes)) return contextSchema.safeParse(input);
  const rest = contextSchema.safeParse({ ...input, recentNotes: [] });
  if (rest.success) rest.data.recentNotes = notes;
  return rest;
}
