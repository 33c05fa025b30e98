import type { Finding, Strictness } from './schema';
import type { Doc } from './text/doc';

/**
 * Reads the rules' findings a second time and returns them, changed or not (sorted by impact). The
 * word model is one (word-model/second-reading.ts); analyze takes it as an option so the coaching UI
 * can load its weights apart from the rules.
 */
export type SecondReader = (
  doc: Doc,
  findings: Finding[],
  strictness: Strictness,
  muted: ReadonlySet<string> | undefined,
) => Finding[];
