import { fileURLToPath } from 'node:url';
import { analyze, registry } from '../utils/coach';
import { draftOf, loadRows, type Row } from './lib/labelled-corpus';

// Issue 12, item 4: would a small linear model over the rules' findings calibrate the verdict
// better than the hand-set weights? Logistic regression (transactional vs relational, borderline
// left out of training), evaluated leave-one-author-out on the MAIN corpus only: the blind holdout
// is not read here. Deterministic: fixed order, fixed steps, no randomness. Prints figures only.

const SEVERITY = { error: 3, warning: 2, info: 1 } as const;
const rules = registry.map((rule) => rule.id);
const corpus = loadRows(fileURLToPath(new URL('../tests/corpus/', import.meta.url)));

interface Example {
  row: Row;
  x: number[];
  verdict: string;
}

const examples: Example[] = corpus.map((row) => {
  const analysis = analyze(draftOf(row), { mutedRules: ['over-limit'] });
  const x = rules.map((id) => {
    // A rule's feature is its most severe finding (3 / 2 / 1), 0 when it did not fire; the sign is learnt.
    const severities = analysis.findings.filter((f) => f.rule === id).map((f) => SEVERITY[f.severity]);
    return severities.length === 0 ? 0 : Math.max(...severities);
  });
  return { row, x: [1, ...x], verdict: analysis.verdict };
});

function train(set: Example[]): number[] {
  const w = new Array<number>(rules.length + 1).fill(0);
  const data = set.filter((e) => e.row.label !== 'borderline');
  const rate = 0.1;
  const l2 = 0.001;
  for (let epoch = 0; epoch < 300; epoch++) {
    const grad = new Array<number>(w.length).fill(0);
    for (const e of data) {
      const y = e.row.label === 'relational' ? 1 : 0;
      const p = 1 / (1 + Math.exp(-e.x.reduce((sum, v, i) => sum + v * (w[i] ?? 0), 0)));
      e.x.forEach((v, i) => (grad[i] = (grad[i] ?? 0) + (p - y) * v));
    }
    for (let i = 0; i < w.length; i++)
      w[i] = (w[i] ?? 0) - rate * ((grad[i] ?? 0) / data.length + l2 * (w[i] ?? 0));
  }
  return w;
}

const probability = (w: number[], x: number[]) =>
  1 / (1 + Math.exp(-x.reduce((sum, v, i) => sum + v * (w[i] ?? 0), 0)));

/** Model verdict: relational above `high`, transactional below `low`, needs-work between. */
function modelVerdict(p: number, high: number, low: number): string {
  return p >= high ? 'relational' : p <= low ? 'transactional' : 'needs-work';
}

function figures(name: string, judged: { label: string; verdict: string }[]) {
  const tx = judged.filter((j) => j.label === 'transactional');
  const rel = judged.filter((j) => j.label === 'relational');
  const txNotRel = tx.filter((j) => j.verdict !== 'relational').length;
  const relRel = rel.filter((j) => j.verdict === 'relational').length;
  const relTx = rel.filter((j) => j.verdict === 'transactional').length;
  console.log(
    `${name.padEnd(34)} transactional not relational ${txNotRel}/${tx.length} = ${(txNotRel / tx.length).toFixed(3)}   relational called relational ${relRel}/${rel.length} = ${(relRel / rel.length).toFixed(3)}   relational called transactional ${relTx}`,
  );
}

const authors = [...new Set(corpus.map((row) => row.author ?? 'unknown'))];
figures(
  'rules (hand-set weights)',
  examples.map((e) => ({ label: e.row.label, verdict: e.verdict })),
);
for (const [high, low] of [
  [0.5, 0.1],
  [0.7, 0.1],
  [0.85, 0.1],
] as const) {
  const judged = authors.flatMap((author) => {
    const w = train(examples.filter((e) => (e.row.author ?? 'unknown') !== author));
    return examples
      .filter((e) => (e.row.author ?? 'unknown') === author)
      .map((e) => ({ label: e.row.label, verdict: modelVerdict(probability(w, e.x), high, low) }));
  });
  figures(`logistic, leave-one-author-out, ${high}`, judged);
}
