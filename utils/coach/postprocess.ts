import type { Finding, Severity } from './schema';
import { insertionSort } from './text/insertion-sort';

// The fixed chain every finding goes through: drop muted rules → dedupe → sort by impact.

export function dropMuted(findings: readonly Finding[], mutedRules: readonly string[]): Finding[] {
  const muted = new Set(mutedRules);
  return findings.filter((finding) => !muted.has(finding.rule));
}

/** Up to this many findings (every note) are compared pairwise; more are keyed, so a pasted page stays linear. */
const COMPARED = 24;

/** The same rule's same message on the same range, once. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  if (findings.length > COMPARED) return dedupeByKey(findings);
  const kept: Finding[] = [];
  for (const finding of findings) if (!kept.some((other) => sameFinding(other, finding))) kept.push(finding);
  return kept;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.message === b.message && a.range?.[0] === b.range?.[0] && a.range?.[1] === b.range?.[1];
}

export function dedupeByKey(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}|${finding.range?.join(',') ?? ''}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Concerns before strengths, then by severity, then by where they are (whole-note findings last). */
export function sortByImpact(findings: readonly Finding[]): Finding[] {
  if (findings.length <= COMPARED) return insertionSortedByImpact(findings);
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        Number(a.finding.kind === 'strength') - Number(b.finding.kind === 'strength') ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        position(a.finding) - position(b.finding) ||
        a.order - b.order,
    )
    .map(({ finding }) => finding);
}

/** A note's few findings in place: the same stable order, without an object made for each to carry its place. */
function insertionSortedByImpact(findings: readonly Finding[]): Finding[] {
  const sorted = findings.slice();
  insertionSort(sorted, byImpact);
  return sorted;
}

function byImpact(a: Finding, b: Finding): number {
  return (
    Number(a.kind === 'strength') - Number(b.kind === 'strength') ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    position(a) - position(b)
  );
}

function position(finding: Finding): number {
  return finding.range?.[0] ?? Number.MAX_SAFE_INTEGER;
}

export function postprocess(findings: readonly Finding[], mutedRules: readonly string[]): Finding[] {
  // Most notes mute nothing: no set to build and ask about every finding.
  return sortByImpact(dedupe(mutedRules.length > 0 ? dropMuted(findings, mutedRules) : findings));
}
