import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftInput } from '../../utils/coach/schema';
import { checkDraft } from './check-draft';

// The labelled corpus (tests/corpus/**/*.jsonl), read as drafts for the benchmark. The labels do not
// matter here; a line that is not a draft is counted, not fatal.

export interface Corpus {
  files: string[];
  drafts: DraftInput[];
  skippedLines: number;
}

export function loadCorpus(root: string): Corpus {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.jsonl'))
    .sort();
  const drafts: DraftInput[] = [];
  let skippedLines = 0;
  for (const file of files) {
    for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const checked = checkDraft(parseJson(line));
      if (checked.ok) drafts.push(checked.draft);
      else skippedLines += 1;
    }
  }
  return { files, drafts, skippedLines };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
