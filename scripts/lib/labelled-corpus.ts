import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { recipientSchema, surfaceSchema, type DraftInput } from '../../utils/coach/schema';

// The labelled notes of tests/corpus/ (see its README), read for the corpus test and the training
// script. Only the files directly in a folder are read: tests/corpus/holdout/ is a separate set.

export const LABELS = ['relational', 'borderline', 'transactional'] as const;
export type Label = (typeof LABELS)[number];

export const rowSchema = z.object({
  text: z.string(),
  label: z.enum(LABELS),
  recipient: z.optional(recipientSchema),
  surface: z.optional(surfaceSchema),
  limit: z.number().int().positive().optional(),
  note: z.string().optional(),
  author: z.string().optional(),
  kind: z.enum(['invitation', 'first-message', 'follow-up']).optional(),
});
export type Row = z.infer<typeof rowSchema>;

export function loadRows(dir: string): Row[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        // A bad line names its file and line number only, never its text (the holdout stays unread).
        .map((line, index) => {
          let raw: unknown;
          try {
            raw = JSON.parse(line);
          } catch {
            throw new Error(`${name}:${index + 1}: not valid JSON`);
          }
          const parsed = rowSchema.safeParse(raw);
          if (!parsed.success)
            throw new Error(
              `${name}:${index + 1}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
            );
          return parsed.data;
        }),
    );
}

/** The draft a row stands for: a first message or follow-up is written in the message box. */
export function draftOf(row: Row): DraftInput {
  const surface = row.surface ?? (row.kind && row.kind !== 'invitation' ? 'message' : undefined);
  return {
    text: row.text,
    ...(row.recipient ? { recipient: row.recipient } : {}),
    ...(surface ? { surface } : {}),
    ...(row.limit ? { limit: row.limit } : {}),
  };
}
