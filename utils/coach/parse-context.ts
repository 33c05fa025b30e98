import { contextSchema, MAX_PAST_NOTE_LENGTH, type Context, type ContextInput, type PastNote } from './schema';
import { wordSet } from './text/word-set';

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

type ParsedContext = ReturnType<typeof contextSchema.safeParse>;

export function parseContext(input: ContextInput): ParsedContext {
  const simple = simpleContext(input);
  if (simple) return simple;
  const notes: unknown = (input as { recentNotes?: unknown } | null)?.recentNotes;
  if (!areValidNotes(notes)) return contextSchema.safeParse(input);
  const rest = contextSchema.safeParse({ ...input, recentNotes: [] });
  if (rest.success) rest.data.recentNotes = notes;
  return rest;
}

// Most analyses pass no context, or only the history and the time: the parsed context is then the
// schema's defaults, built here without zod, in the schema's key order. A differential test holds
// this to contextSchema.
const SIMPLE_KEYS = wordSet('recentNotes now');

function simpleContext(input: unknown): ParsedContext | undefined {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  for (const key in input) if (!SIMPLE_KEYS.has(key)) return undefined;
  const { recentNotes, now } = input as { recentNotes?: unknown; now?: unknown };
  if (recentNotes !== undefined && !areValidNotes(recentNotes)) return undefined;
  const timed = 'now' in input;
  if (timed && !(typeof now === 'number' && Number.isFinite(now))) return undefined;
  const data: Context = { offers: [], recentNotes: recentNotes ?? [], mutedRules: [], strictness: 'balanced' };
  if (timed) data.now = now as number;
  return { success: true, data } as ParsedContext;
}
