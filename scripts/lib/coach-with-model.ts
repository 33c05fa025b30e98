import { analyze, type Analysis, type DraftInput } from '../../utils/coach';
import { bundledWordModels } from '../../utils/coach/word-model/bundled';
import { secondReading, type SecondReading } from '../../utils/coach/word-model/second-reading';

// The coach as the extension runs it (the rules, then the word model's second reading), for the
// CLI: each call also keeps what the second reading did, for --explain.

export interface CoachRun {
  analysis: Analysis;
  /** Undefined when the words were not read (another language). */
  reading?: SecondReading;
}

export function analyzeWithModel(draft: DraftInput): CoachRun {
  let reading: SecondReading | undefined;
  const analysis = analyze(draft, {}, {
    secondReader: (doc, findings, strictness, muted) => {
      reading = secondReading(doc, findings, strictness, bundledWordModels, muted, true);
      return reading.findings;
    },
  });
  return reading ? { analysis, reading } : { analysis };
}
