import type { Analysis, Finding } from '@/utils/coach';
import { analyzeDraft, type DraftInputs } from './analyze-draft';

const findingKey = (f: Finding) => `${f.rule}@${f.range?.join('-') ?? ''}`;

function sameInputs(a: DraftInputs, b: DraftInputs): boolean {
  return (
    a.text === b.text &&
    a.surface === b.surface &&
    a.limit === b.limit &&
    a.history === b.history &&
    a.settings === b.settings &&
    a.relationship === b.relationship &&
    a.secondReader === b.secondReader &&
    // The page hands a fresh recipient object on every scan; equal contents are the same reading.
    (a.recipient === b.recipient || JSON.stringify(a.recipient) === JSON.stringify(b.recipient))
  );
}

/**
 * How the coach read one draft (one dialog or message box), shared by the panel, the pause before
 * a transactional send and the record of the send, so a note is analysed once per version of it
 * and the history keeps what the person saw: the same analysis, without the findings they dismissed.
 */
export class DraftReading {
  private last: { inputs: DraftInputs; analysis: Analysis } | undefined;
  private readonly dismissed = new Set<string>();

  /** The coach's whole analysis of these inputs, computed only if they changed since the last call. */
  analyze(inputs: DraftInputs): Analysis {
    if (this.last && sameInputs(this.last.inputs, inputs)) return this.last.analysis;
    const analysis = analyzeDraft(inputs);
    this.last = { inputs, analysis };
    return analysis;
  }

  /** What the panel shows: the analysis without the findings dismissed for this draft. */
  seen(inputs: DraftInputs): Analysis {
    const analysis = this.analyze(inputs);
    if (this.dismissed.size === 0) return analysis;
    return { ...analysis, findings: analysis.findings.filter((f) => !this.dismissed.has(findingKey(f))) };
  }

  dismiss(finding: Finding): void {
    this.dismissed.add(findingKey(finding));
  }
}
