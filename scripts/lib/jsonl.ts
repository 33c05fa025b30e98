import { z } from 'zod';
import type { DraftInput } from '../../utils/coach/schema';
import { checkDraft } from './check-draft';
import type { CoachRun } from './coach-with-model';
import { explain } from './explain';

// One line of `analyze --jsonl`: a draft as JSON in, an Analysis (or an error) as one JSON line out.
// Every input line, blank or broken, yields exactly one output line so the two stay aligned.

export type Analyze = (draft: DraftInput) => CoachRun;

export interface LineResult {
  json: string;
  /** The coach itself threw: a bug, unlike a bad input line. */
  coachFailed: boolean;
}

export interface LineOptions {
  /** Add an "explanation" field: the evidence behind each strength and the verdict's weighing. */
  explain?: boolean;
}

export function analyzeJsonLine(
  line: string,
  lineNumber: number,
  analyze: Analyze,
  options: LineOptions = {},
): LineResult {
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
  const checked = checkDraft(raw);
  if (!checked.ok) return fail(z.prettifyError(checked.error).replace(/\n\s*/g, ' '));

  try {
    const { analysis, reading } = analyze(checked.draft);
    const out = options.explain
      ? { ...analysis, explanation: explain(analysis, checked.draft.text, reading) }
      : analysis;
    return { json: JSON.stringify(out), coachFailed: false };
  } catch (error) {
    return fail(`the coach failed: ${messageOf(error)}`, true);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
