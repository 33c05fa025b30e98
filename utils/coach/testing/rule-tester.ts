import { describe, expect, test } from 'vitest';
import type { Rule } from '../rule';
import {
  contextSchema,
  draftSchema,
  type ContextInput,
  type Range,
  type Recipient,
  type Severity,
  type Surface,
} from '../schema';
import { prepareDoc } from '../text/doc';

// A tiny table tester, in the manner of textlint's: each rule lists texts it must stay quiet on
// (valid) and texts it must report (invalid), with the rule id and the quoted words or range.

export interface ExpectedFinding {
  rule: string;
  range?: Range;
  /** The exact words the range must slice to in the original text. */
  words?: string;
  severity?: Severity;
}

export interface RuleCase {
  text: string;
  recipient?: Recipient;
  surface?: Surface;
  limit?: number;
  context?: ContextInput;
  errors?: ExpectedFinding[];
}

export interface RuleTable {
  valid: ReadonlyArray<string | RuleCase>;
  invalid: readonly RuleCase[];
}

export function runRule(rule: Rule, testCase: RuleCase) {
  const draft = draftSchema.parse({
    text: testCase.text,
    recipient: testCase.recipient,
    surface: testCase.surface,
    limit: testCase.limit,
  });
  const doc = prepareDoc(draft, { limitGiven: testCase.limit !== undefined });
  return rule.check(doc, contextSchema.parse(testCase.context ?? {}));
}

export function testRule(rule: Rule, table: RuleTable): void {
  const valid = table.valid.map((entry) => (typeof entry === 'string' ? { text: entry } : entry));
  describe(rule.id, () => {
    test.each(valid)('stays quiet on $text', (testCase) => {
      expect(runRule(rule, testCase)).toEqual([]);
    });

    test.each(table.invalid)('reports $text', (testCase) => {
      const findings = runRule(rule, testCase);
      const expected = testCase.errors ?? [{ rule: rule.id }];
      expect(findings.map((finding) => finding.rule)).toEqual(expected.map((error) => error.rule));
      findings.forEach((finding, index) => {
        const error = expected[index];
        expect(finding.principle).toBe(rule.principle);
        expect(finding.kind).toBe(rule.kind);
        expect(finding.message.length).toBeGreaterThan(0);
        expect(finding.why.length).toBeGreaterThan(0);
        if (error?.range) expect(finding.range).toEqual(error.range);
        if (error?.severity) expect(finding.severity).toBe(error.severity);
        if (error?.words !== undefined) {
          expect(finding.range).toBeDefined();
          const [start, end] = finding.range ?? [0, 0];
          expect(testCase.text.slice(start, end)).toBe(error.words);
        }
      });
    });
  });
}
