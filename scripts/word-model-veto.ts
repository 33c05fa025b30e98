import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/coach';
import { draftSchema } from '../utils/coach/schema';
import { prepareDoc } from '../utils/coach/text/doc';
import { draftOf, loadRows, rowSchema, type Row } from './lib/labelled-corpus';
import { trainingNoteOf, trainWordModel, TRAINING } from './lib/word-model/training';
import { relationalProbability, type WordModel } from './lib/word-model/word-model';

// Would a word model's veto make the coach's verdict hold on authors it never saw? A logistic
// regression over a note's words and word pairs (scripts/lib/word-model/), trained on the main
// corpus (tests/corpus/*.jsonl; the blind holdout is never read here), may take `relational` away
// from a note it reads as outreach. Prints figures; writes nothing.
//   npx tsx scripts/word-model-veto.ts --extra notes.jsonl   notes written outside the corpus
//   npx tsx scripts/word-model-veto.ts --cv                  leave-one-author-out over the corpus
// Measured in session 8 and not wired into the coach: see utils/coach/README.md.

const corpusDir = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
const args = process.argv.slice(2);
const THRESHOLDS = [0.3, 0.4, 0.5];

const rows = loadRows(corpusDir);

interface Judged {
  label: Row['label'];
  verdict: string;
  probability: number;
}

function judge(row: Row, model: WordModel): Judged {
  const draft = draftOf(row);
  const analysis = analyze(draft, { mutedRules: ['over-limit'] });
  const probability = relationalProbability(prepareDoc(draftSchema.parse(draft)), model);
  return { label: row.label, verdict: analysis.verdict, probability };
}

function line(name: string, judged: { label: string; verdict: string }[]) {
  const count = (label: string, verdict?: string) =>
    judged.filter((j) => j.label === label && (verdict === undefined || j.verdict === verdict)).length;
  const tx = count('transactional');
  const rel = count('relational');
  console.log(
    `${name.padEnd(26)} tx not relational ${tx - count('transactional', 'relational')}/${tx}` +
      `  relational recall ${count('relational', 'relational')}/${rel}` +
      `  relational → tx ${count('relational', 'transactional')}` +
      `  borderline ${['relational', 'needs-work', 'transactional'].map((v) => count('borderline', v)).join('/')}`,
  );
}

function report(judged: Judged[]) {
  line('rules', judged);
  for (const threshold of THRESHOLDS)
    line(
      `rules + veto below ${threshold}`,
      judged.map((j) => ({
        label: j.label,
        verdict: j.verdict === 'relational' && j.probability < threshold ? 'needs-work' : j.verdict,
      })),
    );
}

if (args.includes('--cv') || args.includes('--extra')) evaluate();
else console.log('Give --cv or --extra <notes.jsonl>.');

function evaluate() {
  const notes = rows.map(trainingNoteOf);
  console.log(`Training: ${JSON.stringify(TRAINING)}`);
  if (args.includes('--cv')) {
    const authors = [...new Set(notes.map((n) => n.author))];
    console.log(
      `\nLeave-one-author-out over the main corpus (${rows.length} notes, ${authors.length} authors):`,
    );
    const judged = authors.flatMap((author) => {
      const model = trainWordModel(notes.filter((n) => n.author !== author));
      return rows.filter((r) => (r.author ?? 'unknown') === author).map((r) => judge(r, model));
    });
    report(judged);
  }
  const extraPath = args[args.indexOf('--extra') + 1];
  if (args.includes('--extra') && extraPath) {
    const extra = readFileSync(extraPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => rowSchema.parse(JSON.parse(l)));
    console.log(`\n${extra.length} notes from ${extraPath}, model trained on the whole corpus:`);
    const model = trainWordModel(notes);
    report(extra.map((r) => judge(r, model)));
  }
}
