import type { z } from 'zod/mini';
import { draftSchema, type DraftInput } from '../../utils/coach/schema';

export type CheckedDraft = { ok: true; draft: DraftInput } | { ok: false; error: z.core.$ZodError };

/**
 * Checks `raw` against the draft contract and hands back `raw` itself, not the parsed copy: the coach
 * reads a limit left out differently from one given, and the schema's defaults would hide which it was.
 */
export function checkDraft(raw: unknown): CheckedDraft {
  const parsed = draftSchema.safeParse(raw);
  return parsed.success ? { ok: true, draft: raw as DraftInput } : { ok: false, error: parsed.error };
}
