import { z } from 'zod';

// The messages between the options page and its import worker. The worker holds the file it
// checked; the page holds only a summary and the file's settings. Both sides parse what they get.

export const importCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check'), file: z.instanceof(Blob) }).strict(),
  z.object({ type: z.literal('write') }).strict(),
]);
export type ImportCommand = z.infer<typeof importCommandSchema>;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const words = z.string().max(10_000);

export const importCountsSchema = z
  .object({ newContacts: count, replacedContacts: count, unchangedContacts: count, newTouches: count, knownTouches: count })
  .strict();

export const importReplySchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('checked'),
      /** When the file was exported, in words (formatted in the worker: the first date format costs time). */
      exported: z.string().max(200),
      contacts: count,
      touches: count,
      counts: importCountsSchema,
      // Checked again against the settings schema before anything is written.
      settings: z.unknown(),
    })
    .strict(),
  z.object({ type: z.literal('refused'), error: words, problems: z.array(words).max(20) }).strict(),
  z.object({ type: z.literal('written'), counts: importCountsSchema }).strict(),
  z.object({ type: z.literal('failed'), error: words }).strict(),
]);
export type ImportReply = z.infer<typeof importReplySchema>;
