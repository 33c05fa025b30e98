import type { Context, Finding, FindingKind, Principle, Severity, Range } from './schema';
import type { Doc } from './text/doc';

/** What a rule reports; the rule's own id, principle and kind are filled in for it. */
export interface Report {
  severity: Severity;
  message: string;
  why: string;
  range?: Range;
  suggestion?: string;
}

export interface Rule {
  /** Kebab-case, equal to the rule's file name. */
  readonly id: string;
  readonly principle: Principle;
  readonly kind: FindingKind;
  /** One line for the options page, where a person can switch the rule off. */
  readonly description: string;
  /**
   * Whether the rule reads no words, so it also holds for a note in a language the coach cannot
   * read (placeholders, length, reuse of earlier notes, pace).
   */
  readonly languageIndependent?: boolean;
  check(doc: Doc, context: Context): readonly Finding[];
}

export interface RuleDefinition extends Omit<Rule, 'check'> {
  check(doc: Doc, context: Context): Report[];
}

/** Shared by every rule that reports nothing, most rules on most notes. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function defineRule(definition: RuleDefinition): Rule {
  const { id, principle, kind, description, languageIndependent } = definition;
  return {
    id,
    principle,
    kind,
    description,
    languageIndependent,
    // A loop rather than `map`: about thirty rules a note, most reporting nothing.
    check: (doc, context) => {
      const reports = definition.check(doc, context);
      if (reports.length === 0) return NO_FINDINGS;
      const findings: Finding[] = [];
      for (let at = 0; at < reports.length; at++) findings.push(findingOf(id, principle, kind, reports[at] as Report));
      return findings;
    },
  };
}

/** The report as a finding of this rule, without undefined fields, keys in the order findings are shown in. */
function findingOf(rule: string, principle: Principle, kind: FindingKind, report: Report): Finding {
  const finding: Finding = { rule, principle, kind, severity: report.severity, message: report.message, why: report.why };
  if (report.range) finding.range = report.range;
  if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
  return finding;
}
