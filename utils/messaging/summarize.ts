import type { Analysis } from '@/utils/coach/schema';
import type { AnalysisSummary } from '@/utils/history/model';

/** What is kept of an Analysis with each send: the verdict, the scores and which rules spoke. */
export function summarize(analysis: Analysis): AnalysisSummary {
  return {
    verdict: analysis.verdict,
    ...(analysis.score === undefined ? {} : { score: analysis.score }),
    principles: analysis.principles,
    rules: analysis.findings.map((f) => f.rule),
  };
}
