import { weighVerdict, type Analysis, type VerdictWeighing } from '../../utils/coach';
import { PERSONAL_WORDING, tellingPulls, type SecondReading } from '../../utils/coach/word-model/second-reading';

// `analyze --explain`: the evidence behind each strength and the weights that moved the verdict.
// Pure: the analysis and its text in, text (or a JSON-ready object) out.

/** What --explain adds to a note: its strengths' evidence and the weighing, from the same findings. */
export interface Explanation {
  /** Each strength rule once, with the words of every place it fired. */
  strengths: { rule: string; message: string; evidence: string[] }[];
  weighing: VerdictWeighing;
  /** The words could not be read (another language): the verdict is not the weighing's. */
  unread: boolean;
  /** The word model's second reading, when the verdict rested on praise or on concerns about what the note says. */
  secondReading?: {
    /** How likely it reads the note as relational rather than transactional. */
    probability: number;
    /** How likely the softening model reads a transaction of the rules as something real beside an ask (asked only when the words alone do not read nearly personal). */
    realProbability?: number;
    /** The words and pairs that pulled most toward outreach, strongest first. */
    pulledBy: string[];
    liftedBy: string[];
    change: 'vetoed' | 'softened' | 'recognised' | 'eased' | 'none';
  };
}


export function explain(analysis: Analysis, text: string, reading?: SecondReading): Explanation {
  const strengths = new Map<string, Explanation['strengths'][number]>();
  for (const finding of analysis.findings) {
    if (finding.kind !== 'strength') continue;
    const entry = strengths.get(finding.rule) ?? {
      rule: finding.rule,
      message: finding.message,
      evidence: [],
    };
    const words =
      finding.range &&
      text
        .slice(...finding.range)
        .replace(/\s+/g, ' ')
        .trim();
    if (words) entry.evidence.push(words);
    // The second reading's strength marks no place: its evidence is the words that lifted.
    else if (finding.rule === PERSONAL_WORDING)
      entry.evidence.push(...tellingPulls(reading?.lifts ?? []).map((lift) => lift.key));
    strengths.set(finding.rule, entry);
  }
  // analyze() judges with the default strictness when the caller gives none, as the CLI does.
  const explanation: Explanation = {
    strengths: [...strengths.values()],
    // The findings the verdict was decided on: a hooked note's strengths were weighed, then hidden.
    weighing: weighVerdict(text, reading?.findings ?? analysis.findings, 'balanced'),
    unread: analysis.verdict === 'unread',
  };
  if (reading?.probability !== undefined)
    explanation.secondReading = {
      probability: Number(reading.probability.toFixed(2)),
      ...(reading.realProbability === undefined ? {} : { realProbability: Number(reading.realProbability.toFixed(2)) }),
      pulledBy: tellingPulls(reading.pulls ?? []).map((pull) => pull.key),
      liftedBy: tellingPulls(reading.lifts ?? []).map((lift) => lift.key),
      change: reading.change ?? 'none',
    };
  return explanation;
}

const CHANGES: Record<NonNullable<Explanation['secondReading']>['change'], string> = {
  vetoed: 'praise on one kind of evidence, in words that read like outreach: outreach-wording added',
  softened:
    'problems with what the note says, in words that read nearly like a relationship note or, to the softening model, like something real beside an ask: the weightiest shown as a warning, any others at info',
  recognised: 'nothing wrong and something particular named, in words that read like a note to one person: personal-wording added',
  eased:
    'one warning about what the note says (or one error, beside the rules\' own praise, in words read more plainly still), in words that read unmistakably like a note between people who know each other: shown at info (and the reading is the strength where the rules praised nothing)',
  none: 'no change',
};

const signed = (weight: number) => (weight > 0 ? `+${weight}` : weight < 0 ? `−${-weight}` : ' 0');

export function formatExplanation({ strengths, weighing, unread, secondReading }: Explanation): string {
  const lines = ['', 'Why this verdict:'];
  if (unread) {
    lines.push(
      '  The words are not English, so the coach did not read them: no verdict from words, no score.',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push('  Evidence behind each strength:');
  if (strengths.length === 0) lines.push('    none (relational needs at least one)');
  for (const strength of strengths)
    lines.push(
      `    ✓ ${strength.rule}: ${strength.evidence.map((words) => `“${words}”`).join(', ') || '(no words to quote)'} (${strength.message})`,
    );
  lines.push(`  What moved the verdict (${weighing.strictness}):`);
  if (weighing.weights.length === 0) lines.push('    nothing');
  for (const weight of weighing.weights)
    lines.push(
      `    ${signed(weight.weight).padStart(5)}  ${weight.rule} (${weight.kind === 'concern' ? weight.severity : 'strength'})`,
    );
  lines.push(
    `    net ${weighing.net} = concerns ${weighing.pressure} − strengths ${weighing.relief}` +
      `; transactional at ${weighing.lines.transactional} or more, relational at ${weighing.lines.relational} or less with a strength and nothing that blocks it`,
  );
  if (!weighing.takes && weighing.net >= weighing.lines.transactional)
    lines.push('    never transactional: no concern says the note takes something (only that it is generic or about you)');
  if (weighing.blockedBy.length > 0)
    lines.push(`    never relational while these stand: ${[...new Set(weighing.blockedBy)].join(', ')}`);
  if (secondReading)
    lines.push(
      '  Second reading (the word model, asked where the verdict rested on praise or on concerns about what the note says):',
      `    reads as relational with probability ${secondReading.probability}` +
        (secondReading.pulledBy.length > 0
          ? `; pulled toward outreach by ${secondReading.pulledBy.map((key) => `“${key}”`).join(', ')}`
          : '') +
        (secondReading.liftedBy.length > 0
          ? `; toward a relationship by ${secondReading.liftedBy.map((key) => `“${key}”`).join(', ')}`
          : ''),
      ...(secondReading.realProbability === undefined
        ? []
        : [`    the softening model (trained on the notes the rules call transactions) reads something real beside the ask with probability ${secondReading.realProbability}`]),
      `    ${CHANGES[secondReading.change]}`,
    );
  lines.push(`    → ${weighing.verdict}`);
  if (weighing.verdict === 'transactional')
    lines.push('    (a note that reads as a transaction is shown no strengths: they were weighed, not praised)');
  return `${lines.join('\n')}\n`;
}
