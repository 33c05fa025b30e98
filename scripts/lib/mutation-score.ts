import type { MutantResult } from '@stryker-mutator/api/core';

// Stryker's own arithmetic (mutation-testing-metrics): killed and timed-out mutants are detected;
// survivors and mutants no test reaches are not; compile and runtime errors are not counted.

export interface FileScore {
  file: string;
  detected: number;
  valid: number;
  survived: number;
  noCoverage: number;
  score: number;
}

export function scoreByFile(results: readonly MutantResult[]): FileScore[] {
  const byFile = new Map<string, FileScore>();
  for (const result of results) {
    const file = result.fileName.replace(/^.*?(?=(utils|entrypoints|components)\/)/, '');
    const score = byFile.get(file) ?? { file, detected: 0, valid: 0, survived: 0, noCoverage: 0, score: 0 };
    if (result.status === 'Killed' || result.status === 'Timeout') score.detected += 1;
    if (result.status === 'Survived') score.survived += 1;
    if (result.status === 'NoCoverage') score.noCoverage += 1;
    if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(result.status)) score.valid += 1;
    byFile.set(file, score);
  }
  return [...byFile.values()].map((s) => ({
    ...s,
    score: s.valid === 0 ? 100 : (100 * s.detected) / s.valid,
  }));
}
