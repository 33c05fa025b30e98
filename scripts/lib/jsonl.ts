import { z } from 'zod';
import { draftSchema, type Analysis, type DraftInput } from '../../utils/coach/schema';

// One line of `analyze --jsonl`: a draft as JSON in, an Analysis (or an error) as one JSON line out.
// Every input line, blank or broken, yields exactly one output line so the two stay aligned.

export type Analyze = (draft: DraftInput) => Analysis;

export interface LineResult {
  json: string;
  /** The coach itself threw: a bug, unlike a bad input line. */
  coachFailed: boolean;
}

export function analyzeJsonLine(line: string, lineNumber: number, analyze: Analyze): LineResult {
  const fail = (why: string, coachFailed = false) => ({
    json: JSON.stringify({ error: `line ${lineNumber}: ${why}` }),
    coachFailed,
  });
  if (line.trim() === '') return fail('blank line, expected a JSON object');

  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${messageOf(error)})`);
  }
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) return fail(z.prettifyError(parsed.error).replace(/\n\s*/g, ' '));

  try {
    return { json: JSON.stringify(analyze(parsed.data)), coachFailed: false };
  } catch (error) {
    return fail(`the coach failed: ${messageOf(error)}`, true);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
