import { PRINCIPLES, type Analysis, type Finding, type Range } from '../../utils/coach/schema';

// The readable report the command line prints for one note. Pure: text in, text out.

export interface ReportOptions {
  /** ANSI colours; only when printing to a terminal. */
  color: boolean;
}

const QUOTE_MAX = 80;

const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof ANSI;

export function formatReport(analysis: Analysis, text: string, options: ReportOptions): string {
  const paint = (style: Style, value: string) =>
    options.color ? `\u001b[${ANSI[style]}m${value}\u001b[0m` : value;

  const verdictStyle: Style =
    analysis.verdict === 'relational' ? 'green' : analysis.verdict === 'transactional' ? 'red' : 'yellow';
  const lines = [
    `${paint('bold', 'Verdict:')} ${paint(verdictStyle, analysis.verdict)}   score ${formatScore(analysis.score)}   length ${analysis.length}/${analysis.limit}`,
    `Principles: ${PRINCIPLES.map((p) => `${p} ${formatPrinciple(analysis.principles[p])}`).join('  ')}`,
  ];

  if (analysis.language === 'other') lines.push('Not English: only the checks that read no words ran.');

  const groups = sameAdviceTogether(concernsFirst(analysis.findings));
  if (groups.length === 0) lines.push('', 'No findings.');
  for (const [finding, ...more] of groups) {
    const mark = finding.kind === 'concern' ? paint(finding.severity === 'error' ? 'red' : 'yellow', '✗') : paint('green', '✓');
    lines.push('', `${mark} ${paint('bold', finding.message)} ${paint('dim', `[${finding.principle} · ${finding.rule} · ${finding.severity}]`)}`);
    const quotes = [finding, ...more].flatMap((f) => (f.range ? (quote(text, f.range) ?? []) : []));
    if (quotes.length > 0) lines.push(`    ${paint('cyan', quotes.join(', '))}`);
    lines.push(`    Why: ${finding.why}`);
    if (finding.suggestion) lines.push(`    Try: ${finding.suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}

type Group = [Finding, ...Finding[]];

/** Findings that give the same advice in different places print once, with every place quoted. */
export function sameAdviceTogether(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const { range: _range, ...advice } = finding;
    const key = JSON.stringify(advice);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()];
}

/** Concerns before strengths, keeping the coach's order (by impact) within each group. */
export function concernsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.kind === 'concern'), ...findings.filter((f) => f.kind === 'strength')];
}

/** The words a range points at, on one line and cut short if long; undefined for an empty range. */
export function quote(text: string, [start, end]: Range): string | undefined {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (words === '') return undefined;
  if (words.length <= QUOTE_MAX) return `“${words}”`;
  // Never cut an emoji (a surrogate pair) in half.
  const cut = words.slice(0, QUOTE_MAX - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `“${cut}…”`;
}

/** "none" rather than a number the coach has no evidence for. */
function formatScore(score: number | undefined): string {
  return score === undefined ? 'none' : `${Math.round(score)}/100`;
}

function formatPrinciple(score: number | undefined): string {
  return score === undefined ? '–' : String(Math.round(score));
}
