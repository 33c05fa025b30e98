import {
  PRINCIPLES,
  type Finding,
  type Principle,
  type PrincipleScores,
  type Severity,
  type Strictness,
  type Verdict,
} from './schema';
import { wordSet } from './text/word-set';

// Scores and the verdict count each rule once (its most severe finding), so a phrase repeated
// three times weighs no more than once.

const PENALTY: Record<Severity, number> = { error: 45, warning: 25, info: 8 };
const PRESSURE: Record<Severity, number> = { error: 3, warning: 2, info: 0.25 };
const BASE = 70;
const FIRST_STRENGTH_BONUS = 15;
const MORE_STRENGTH_BONUS = 8;
const MAX_RELIEF = 3;

const WEIGHTS: Record<Principle, number> = { give: 0.3, relationship: 0.35, journey: 0.2, visibility: 0.15 };

/** Net pressure at which a note reads as relational (at most) or transactional (at least). */
const VERDICT_LINES: Record<Strictness, { relational: number; transactional: number }> = {
  gentle: { relational: 1, transactional: 3.5 },
  balanced: { relational: 0.5, transactional: 3 },
  strict: { relational: 0, transactional: 2.5 },
};

const SCORE_BANDS: Record<Exclude<Verdict, 'unread'>, readonly [number, number]> = {
  empty: [0, 20],
  transactional: [0, 39],
  'needs-work': [40, 69],
  relational: [70, 100],
};

/** Each rule's most severe finding, rules in the order they first appear. */
function strongestByRule(findings: readonly Finding[]): Finding[] {
  // A list searched, not a map: a note holds a few findings, and there are only some forty rules.
  const strongest: Finding[] = [];
  for (const finding of findings) {
    let at = 0;
    while (at < strongest.length && (strongest[at] as Finding).rule !== finding.rule) at++;
    const current = strongest[at];
    if (!current || PENALTY[finding.severity] > PENALTY[current.severity]) strongest[at] = finding;
  }
  return strongest;
}

export interface ScoreOptions {
  /** The context carries the person's history (pace or past notes): visibility can be read from it. */
  history?: boolean;
}

/**
 * A score for each principle the note gives evidence about (a finding of that principle); the others
 * have none. Visibility is a matter of weeks: per note it is scored only from the history context.
 */
export function scorePrinciples(findings: readonly Finding[], options: ScoreOptions = {}): PrincipleScores {
  const scores: Record<Principle, number> = {
    give: BASE,
    relationship: BASE,
    journey: BASE,
    visibility: BASE,
  };
  const strengthsSeen: Record<Principle, number> = { give: 0, relationship: 0, journey: 0, visibility: 0 };
  const evidence: Record<Principle, boolean> = { give: false, relationship: false, journey: false, visibility: !!options.history };
  for (const finding of strongestByRule(findings)) {
    evidence[finding.principle] = true;
    if (finding.kind === 'concern') {
      scores[finding.principle] -= PENALTY[finding.severity];
    } else {
      scores[finding.principle] +=
        strengthsSeen[finding.principle] === 0 ? FIRST_STRENGTH_BONUS : MORE_STRENGTH_BONUS;
      strengthsSeen[finding.principle] += 1;
    }
  }
  const result: PrincipleScores = {};
  for (const principle of PRINCIPLES) {
    if (evidence[principle]) result[principle] = clamp(scores[principle], 0, 100);
  }
  return result;
}

/** Findings that mean LinkedIn will not send the note as it is, or will send its default text. */
const UNSENDABLE = wordSet('over-limit unfilled-placeholder default-boilerplate');

/**
 * A finding that keeps a note from `relational` whatever its strengths: an error, a note LinkedIn will
 * not send, and (unless the person chose gentle) a warning about what the note says. A green "reads as a relationship" above a
 * first finding that says "this asks before it gives" would contradict itself, and strengths are
 * exactly what a warm-sounding pitch borrows.
 */
function blocksRelational(finding: Finding, strictness: Strictness): boolean {
  if (finding.severity === 'error' || UNSENDABLE.has(finding.rule)) return true;
  // Visibility warnings are read from the person's history (a near-copy or two, a busy day), not
  // from what this note says; they weigh, and block once they grow into errors.
  return finding.severity === 'warning' && finding.principle !== 'visibility' && strictness !== 'gentle';
}

/** Findings about the note's length, not what it says: they keep it from `relational` but weigh nothing toward `transactional`. */
const LENGTH_ONLY = wordSet('over-limit');

/**
 * Concerns that say a note is generic or about its writer, not that it takes anything: on their own
 * they make it "needs work", never "transactional" (a shy thank-you in a writer's own words is not
 * a pitch). A transaction needs a concern that names one: an ask, a pitch, a template.
 */
const READS_GENERIC = wordSet('nothing-specific self-focused missing-name');

function takes(finding: Finding): boolean {
  return finding.kind === 'concern' && !READS_GENERIC.has(finding.rule) && pressureOf(finding) > 0;
}

/**
 * Whether what the note takes is enough to call it a transaction: one error (an ask that is the
 * note's reason, a pitch, a template), or two warnings of it. One warning that it takes, with
 * "nothing specific" beside it, is a note that needs work: "just checking in. How is the baby?" to a
 * colleague on leave reads as a chase to the rules, and is not a transaction.
 */
function takesEnough(taking: readonly Finding[]): boolean {
  let warnings = 0;
  for (const finding of taking) {
    if (finding.severity === 'error') return true;
    if (finding.severity === 'warning') warnings += 1;
  }
  return warnings >= 2;
}

function pressureOf(finding: Finding): number {
  return weighsNothing(finding) ? 0 : PRESSURE[finding.severity];
}

/**
 * The note's length, or a warning that LinkedIn would send the note as it stands with something in it
 * to cut: a "[link]" left to paste (the placeholder rule's warning; the recipient's "[First Name]"
 * stays an error: that is the template), LinkedIn's default line above the writer's own note. They
 * keep it from `relational` and say nothing of what the note asks or gives.
 */
export function weighsNothing(finding: Finding): boolean {
  return LENGTH_ONLY.has(finding.rule) || (finding.severity === 'warning' && UNSENDABLE.has(finding.rule));
}

/** One rule's weight in the verdict: pressure for a concern, relief (negative) for a strength. */
export interface VerdictWeight {
  rule: string;
  kind: Finding['kind'];
  severity: Severity;
  weight: number;
}

/** How a verdict was reached, for `analyze --explain`: the same arithmetic decideVerdict uses. */
export interface VerdictWeighing {
  verdict: Verdict;
  strictness: Strictness;
  /** Each rule once (its most severe finding), concerns first. */
  weights: VerdictWeight[];
  pressure: number;
  /** Strengths count 1 each, at most MAX_RELIEF. */
  relief: number;
  net: number;
  lines: { relational: number; transactional: number };
  /** Rules that keep the note from `relational` whatever its strengths (blocksRelational). */
  blockedBy: string[];
  /** Whether the concerns say the note takes enough (`takesEnough`): without that it is never transactional. */
  takes: boolean;
}

export function weighVerdict(
  text: string,
  findings: readonly Finding[],
  strictness: Strictness,
): VerdictWeighing {
  const counted = strongestByRule(findings);
  const concerns = counted.filter((finding) => finding.kind === 'concern');
  const strengths = counted.filter((finding) => finding.kind === 'strength');
  const pressure = concerns.reduce((sum, finding) => sum + pressureOf(finding), 0);
  const relief = Math.min(MAX_RELIEF, strengths.length);
  const net = pressure - relief;
  const lines = VERDICT_LINES[strictness];
  const blockedBy = concerns
    .filter((finding) => blocksRelational(finding, strictness))
    .map((finding) => finding.rule);
  const weights = [
    ...concerns.map((f) => ({
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      weight: pressureOf(f),
    })),
    ...strengths.map((f, index) => ({
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      weight: index < MAX_RELIEF ? -1 : 0,
    })),
  ];
  const taking = takesEnough(concerns.filter(takes));
  const verdict = verdictOf(text, net, relief, blockedBy.length > 0, taking, lines);
  return { verdict, strictness, weights, pressure, relief, net, lines: { ...lines }, blockedBy, takes: taking };
}

/** The verdict alone, by the same arithmetic as weighVerdict, without the explanation's lists (it runs on every keystroke). */
export function decideVerdict(text: string, findings: readonly Finding[], strictness: Strictness): Verdict {
  let pressure = 0;
  let strengths = 0;
  let blocked = false;
  const taking: Finding[] = [];
  for (const finding of strongestByRule(findings)) {
    if (finding.kind === 'strength') strengths += 1;
    else {
      pressure += pressureOf(finding);
      blocked ||= blocksRelational(finding, strictness);
      if (takes(finding)) taking.push(finding);
    }
  }
  const relief = Math.min(MAX_RELIEF, strengths);
  return verdictOf(text, pressure - relief, relief, blocked, takesEnough(taking), VERDICT_LINES[strictness]);
}

/** The verdict from the weighing: one rule for decideVerdict and weighVerdict. */
function verdictOf(
  text: string,
  net: number,
  relief: number,
  blocked: boolean,
  taking: boolean,
  lines: { relational: number; transactional: number },
): Verdict {
  if (text.trim() === '') return 'empty';
  if (net >= lines.transactional && taking) return 'transactional';
  // Relational needs evidence of a relationship, not only the absence of problems.
  return !blocked && net <= lines.relational && relief > 0 ? 'relational' : 'needs-work';
}

/**
 * The principles' weighted mean (over those that have a score), kept inside the verdict's band.
 * None for a note the coach could not read.
 */
export function overallScore(principles: PrincipleScores, verdict: Verdict): number | undefined {
  if (verdict === 'unread') return undefined;
  let sum = 0;
  let weight = 0;
  for (const principle of PRINCIPLES) {
    const score = principles[principle];
    if (score === undefined) continue;
    sum += score * WEIGHTS[principle];
    weight += WEIGHTS[principle];
  }
  const [low, high] = SCORE_BANDS[verdict];
  return Math.round(clamp(weight > 0 ? sum / weight : BASE, low, high));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
