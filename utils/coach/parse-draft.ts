import { DEFAULT_LIMIT, draftSchema, MAX_TEXT_LENGTH, type DraftInput, type Recipient } from './schema';
import { wordSet } from './text/word-set';

// zod parses the draft on every keystroke, at a few per cent of the analysis. For the drafts callers
// send (a plain object: a text, perhaps a surface, a limit and a recipient of short strings) the
// parsed draft is built here as draftSchema builds it: defaults filled in, unknown keys dropped,
// the recipient's fields in the schema's order. Anything else, and every error, is zod's.
// A differential test holds the two to the same result.

const DRAFT_KEYS = wordSet('text surface limit recipient');
const RECIPIENT_KEYS = ['name', 'firstName', 'headline', 'company', 'profileUrl'] as const;
const MAX_RECIPIENT_FIELD = 2_000;
const MAX_LIMIT = 100_000;

type ParsedDraft = ReturnType<typeof draftSchema.safeParse>;

export function parseDraft(input: DraftInput): ParsedDraft {
  return simpleDraft(input) ?? draftSchema.safeParse(input);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The parsed draft, or undefined when the input is anything but the plain shape. */
function simpleDraft(input: unknown): ParsedDraft | undefined {
  if (!isPlainObject(input)) return undefined;
  for (const key in input) if (!DRAFT_KEYS.has(key)) return undefined;
  const { text, surface, limit, recipient } = input;
  // UTF-16 units bound code points from above: a text that fits in units fits zod's measure.
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return undefined;
  if (surface !== undefined && surface !== 'invitation' && surface !== 'message') return undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) > 0 && (limit as number) <= MAX_LIMIT))
    return undefined;
  const parsedRecipient = recipient === undefined ? {} : simpleRecipient(recipient);
  if (!parsedRecipient) return undefined;
  return {
    success: true,
    data: {
      text,
      surface: surface ?? 'invitation',
      limit: (limit as number | undefined) ?? DEFAULT_LIMIT,
      recipient: parsedRecipient,
    },
  } as ParsedDraft;
}

function simpleRecipient(input: unknown): Recipient | undefined {
  if (!isPlainObject(input)) return undefined;
  let fields = 0;
  for (const key in input) {
    const value = input[key];
    if (!(RECIPIENT_KEYS as readonly string[]).includes(key)) return undefined;
    if (typeof value !== 'string' || value.length > MAX_RECIPIENT_FIELD) return undefined;
    fields++;
  }
  const recipient: Recipient = {};
  if (fields === 0) return recipient;
  for (const key of RECIPIENT_KEYS) if (key in input) recipient[key] = input[key] as string;
  return recipient;
}
