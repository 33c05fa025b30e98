import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, registry, type Analysis } from '../utils/coach';
import { draftOf, loadRows, rowSchema, type Row } from './lib/labelled-corpus';

// How well does the coach's judgement generalise to a voice it was not written against?
// Leave-one-author-out over the MAIN corpus (tests/corpus/*.jsonl; the blind holdout is never read):
// each author voice is a fold. The rules are not trained, so their fold is simply that author's
// confusion; the logistic model (rules' findings + word 1/2-grams) is trained on the other authors
// and judged on the held-out one. `--extra <file.jsonl>` adds notes written outside the corpus,
// judged by a model trained on the whole corpus (one fold per author in the file).
//   npx tsx scripts/corpus-cv.ts [--extra file.jsonl] [--quiet]
// Deterministic: fixed order, fixed steps, no randomness. Prints counts only.

const SEVERITY = { error: 3, warning: 2, info: 1 } as const;
const VERDICTS = ['relational', 'needs-work', 'transactional'] as const;
const args = process.argv.slice(2);
const extraPath = args.includes('--extra') ? args[args.indexOf('--extra') + 1] : undefined;
const quiet = args.includes('--quiet');

const corpus = loadRows(fileURLToPath(new URL('../tests/corpus/', import.meta.url)));
const extra: Row[] = extraPath
  ? readFileSync(extraPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => rowSchema.parse(JSON.parse(l)))
  : [];

interface Example {
  row: Row;
  author: string;
  analysis: Analysis;
  features: Map<string, number>;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

function featuresOf(analysis: Analysis, text: string): Map<string, number> {
  const f = new Map<string, number>();
  for (const rule of registry) {
    const s = analysis.findings.filter((x) => x.rule === rule.id).map((x) => SEVERITY[x.severity]);
    if (s.length > 0) f.set(`rule:${rule.id}`, Math.max(...s) / 3);
  }
  const w = words(text);
  for (let i = 0; i < w.length; i++) {
    f.set(`w:${w[i]}`, 1);
    if (i + 1 < w.length) f.set(`b:${w[i]} ${w[i + 1]}`, 1);
  }
  return f;
}

const toExample = (row: Row): Example => {
  const analysis = analyze(draftOf(row), { mutedRules: ['over-limit'] });
  return { row, author: row.author ?? 'unknown', analysis, features: featuresOf(analysis, row.text) };
};
const examples = corpus.map(toExample);
const extraExamples = extra.map(toExample);

interface Model {
  bias: number;
  w: Map<string, number>;
}

/** Logistic regression, relational (1) vs transactional (0); borderline is left out of training. */
function train(set: Example[], useWords: boolean, minCount = 3, l2 = 0.01, steps = 200): Model {
  const data = set.filter((e) => e.row.label !== 'borderline');
  const counts = new Map<string, number>();
  for (const e of data) for (const k of e.features.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keep = (k: string) => k.startsWith('rule:') || (useWords && (counts.get(k) ?? 0) >= minCount);
  const rows = data.map((e) => ({
    y: e.row.label === 'relational' ? 1 : 0,
    x: [...e.features].filter(([k]) => keep(k)),
  }));
  const w = new Map<string, number>();
  let bias = 0;
  const rate = 0.5;
  for (let step = 0; step < steps; step++) {
    const grad = new Map<string, number>();
    let gb = 0;
    for (const r of rows) {
      const z = r.x.reduce((s, [k, v]) => s + v * (w.get(k) ?? 0), bias);
      const d = 1 / (1 + Math.exp(-z)) - r.y;
      gb += d;
      for (const [k, v] of r.x) grad.set(k, (grad.get(k) ?? 0) + d * v);
    }
    bias -= (rate * gb) / rows.length;
    for (const [k, g] of grad) {
      const old = w.get(k) ?? 0;
      w.set(k, old - rate * (g / rows.length + l2 * old));
    }
  }
  return { bias, w };
}

const probability = (m: Model, e: Example) =>
  1 / (1 + Math.exp(-[...e.features].reduce((s, [k, v]) => s + v * (m.w.get(k) ?? 0), m.bias)));

type Judge = (e: Example, m: Model) => string;
/** The model only calibrates: it can take `relational` away (below `low`), never give it or `transactional`. */
const calibrated =
  (low: number): Judge =>
  (e, m) =>
    e.analysis.verdict === 'relational' && probability(m, e) < low ? 'needs-work' : e.analysis.verdict;
const modelOnly =
  (high: number): Judge =>
  (e, m) => {
    const p = probability(m, e);
    return p >= high ? 'relational' : p <= 0.1 ? 'transactional' : 'needs-work';
  };

type Confusion = Record<string, Record<string, number>>;
function confusionOf(judged: { label: string; verdict: string }[]): Confusion {
  const c: Confusion = {};
  for (const j of judged) {
    c[j.label] ??= {};
    const row = c[j.label]!;
    row[j.verdict] = (row[j.verdict] ?? 0) + 1;
  }
  return c;
}
const cell = (c: Confusion, label: string, verdict: string) => c[label]?.[verdict] ?? 0;
const total = (c: Confusion, label: string) => Object.values(c[label] ?? {}).reduce((a, b) => a + b, 0);
function line(c: Confusion): string {
  const tx = total(c, 'transactional');
  const rel = total(c, 'relational');
  const txNotRel = tx - cell(c, 'transactional', 'relational');
  const rows = ['relational', 'borderline', 'transactional']
    .filter((l) => total(c, l) > 0)
    .map((l) => `${l.slice(0, 4)} ${VERDICTS.map((v) => cell(c, l, v)).join('/')}`)
    .join('  ');
  return `${rows}  | tx not rel ${txNotRel}/${tx}  rel recall ${cell(c, 'relational', 'relational')}/${rel}  rel→tx ${cell(c, 'relational', 'transactional')}`;
}

const authors = [...new Set(examples.map((e) => e.author))];
const methods: { name: string; words: boolean; judge?: Judge }[] = [
  { name: 'rules', words: false },
  { name: 'logistic(rules) p≥0.7', words: false, judge: modelOnly(0.7) },
  { name: 'logistic(rules+words) p≥0.7', words: true, judge: modelOnly(0.7) },
  { name: 'rules, model(rules+words) vetoes <0.3', words: true, judge: calibrated(0.3) },
  { name: 'rules, model(rules+words) vetoes <0.5', words: true, judge: calibrated(0.5) },
  { name: 'rules, model(rules) vetoes <0.3', words: false, judge: calibrated(0.3) },
];

console.log(
  `Leave-one-author-out over the main corpus (${examples.length} notes, ${authors.length} authors)`,
);
console.log('rows: label relational/needs-work/transactional verdicts\n');
for (const method of methods) {
  const pooled: { label: string; verdict: string }[] = [];
  console.log(`== ${method.name}`);
  for (const author of authors) {
    const held = examples.filter((e) => e.author === author);
    const model = method.judge
      ? train(
          examples.filter((e) => e.author !== author),
          method.words,
        )
      : undefined;
    const judged = held.map((e) => ({
      label: e.row.label,
      verdict: method.judge && model ? method.judge(e, model) : e.analysis.verdict,
    }));
    pooled.push(...judged);
    if (!quiet) console.log(`  ${author.padEnd(20)} ${line(confusionOf(judged))}`);
  }
  console.log(`  ${'ALL (pooled folds)'.padEnd(20)} ${line(confusionOf(pooled))}`);
  if (extraExamples.length > 0) {
    const model = method.judge ? train(examples, method.words) : undefined;
    const judgedExtra = extraExamples.map((e) => ({
      author: e.author,
      label: e.row.label,
      verdict: method.judge && model ? method.judge(e, model) : e.analysis.verdict,
    }));
    for (const author of [...new Set(judgedExtra.map((j) => j.author))])
      if (!quiet)
        console.log(
          `  extra ${author.padEnd(14)} ${line(confusionOf(judgedExtra.filter((j) => j.author === author)))}`,
        );
    console.log(`  ${'EXTRA (all)'.padEnd(20)} ${line(confusionOf(judgedExtra))}`);
  }
}
