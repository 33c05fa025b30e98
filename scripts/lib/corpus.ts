import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftSchema, type Draft } from '../../utils/coach/schema';

// The labelled corpus (tests/corpus/**/*.jsonl), read as drafts for the benchmark. The labels do not
// matter here; a line that is not a draft is counted, not fatal.

export interface Corpus {
  files: string[];
  drafts: Draft[];
  skippedLines: number;
}

export function loadCorpus(root: string): Corpus {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.jsonl'))
    .sort();
  const drafts: Draft[] = [];
  let skippedLines = 0;
  for (const file of files) {
    for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed = draftSchema.safeParse(parseJson(line));
      if (parsed.success) drafts.push(parsed.data);
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
