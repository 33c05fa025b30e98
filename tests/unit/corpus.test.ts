import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyze, registry, type Analysis, type Verdict } from '@/utils/coach';
import { bundledSecondReader } from '@/utils/coach/word-model/bundled';
import { PERSONAL_WORDING } from '@/utils/coach/word-model/second-reading';
import { draftOf, LABELS, loadRows, type Row } from '../../scripts/lib/labelled-corpus';

// Calibration against hand-labelled notes. The main corpus is what the rules are tuned on; the blind
// holdout (tests/corpus/holdout/) is only measured: for it this test prints and asserts counts, and
// never a note's words.

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));
const holdoutDir = fileURLToPath(new URL('../corpus/holdout/', import.meta.url));

/** The acceptance lines of issue 12. */
const MIN_TRANSACTIONAL_NOT_RELATIONAL = 0.97;
const MIN_RELATIONAL_RECALL = 0.9;
const MAX_STRENGTH_ON_TRANSACTIONAL = 0.05;

/**
 * Where the blind holdout stands (2026-12-02): issue 12's lines are not all met there yet. Session 2
 * ended at 107 of 116 transactional notes not called relational (0.922); sessions 3 to 10 brought the
 * rules to 112 (0.966) with relational recall 117/130 = 0.900 and one relational note called
 * transactional. Session 14 added the word model's second reading (utils/coach/word-model/), chosen
 * on leave-author-out figures and on unread check sets, never on the holdout: measured on it, 114/116
 * = 0.983 (the first line met) but recall 116/130 = 0.892, one good note of a second-language writer
 * vetoed, and the one relational note still called transactional. The recall floor is that trade,
 * written down, not a slide: the rules alone still read 117/130 there. Session 15 gave the second
 * reading a strength (`personal-wording`: nothing wrong, something particular named, words read as
 * relational above 0.85), its threshold chosen on leave-author-out figures, the unread check sets and
 * a new author round (fresh24), then measured once on the holdout: recall 120/130 = 0.923 (the line
 * met), 114/116 unchanged, the one relational note called transactional still there. Session 28 moved
 * the veto to 0.35 and recognition to 0.75 by leave-author-out (never by the holdout), measured once
 * after: 116/116 (every transactional note kept from relational), recall 121/130 = 0.931, the one
 * relational note called transactional still there. Session 42 trained the word model with less
 * regularisation and the softening line at 0.4 (both chosen by leave-author-out), then read three more
 * author rounds: measured after each commit, the holdout stood at 115/116 · 122/130 · 1 until the
 * retrain with round 134, when that note read "needs work": 115/116, 122/130 and no relational note
 * called transactional, every line of the issue met (115/116, 123/130, none after round 135).
 * The holdout is held to floors so the coach cannot slide back unnoticed (two above the issue's lines,
 * where it has stood for many sessions; none called transactional, the issue's own), and the test
 * prints the gap. Raise them as the coach improves (tuning on the main corpus only). The main corpus is
 * held to the issue's lines.
 */
const HOLDOUT_FLOOR = { transactionalNotRelational: 0.99, relationalCalledTransactional: 0, relationalRecall: 0.92 };

const VERDICTS: readonly Verdict[] = ['relational', 'needs-work', 'transactional', 'unread', 'empty'];
/** The rules' strengths and the second reading's. */
const STRENGTHS = [...registry.filter((rule) => rule.kind === 'strength').map((rule) => rule.id), PERSONAL_WORDING];

interface Judged {
  row: Row;
  analysis: Analysis;
}

// A label is about the content, not the length (tests/corpus/README.md): a note over its limit is
// judged with the length check muted. That such a note is never relational is a property test. The
// coach is judged as the extension runs it: the rules, then the word model's second reading.
const judge = (rows: Row[]): Judged[] =>
  rows.map((row) => ({
    row,
    analysis: analyze(draftOf(row), { mutedRules: ['over-limit'] }, { secondReader: bundledSecondReader }),
  }));
const withLabel = (judged: Judged[], label: Row['label']) => judged.filter((j) => j.row.label === label);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function confusion(judged: Judged[]) {
  return Object.fromEntries(
    LABELS.map((label) => [
      label,
      Object.fromEntries(
        VERDICTS.map((verdict) => [
          verdict,
          withLabel(judged, label).filter((j) => j.analysis.verdict === verdict).length,
        ]),
      ),
    ]),
  );
}

function strengthRates(judged: Judged[]): Record<string, number> {
  const transactional = withLabel(judged, 'transactional');
  return Object.fromEntries(
    STRENGTHS.map((rule) => [
      rule,
      share(
        transactional.filter((j) => j.analysis.findings.some((f) => f.rule === rule)).length,
        transactional.length,
      ),
    ]),
  );
}

const sets = [
  { name: 'main corpus', rows: loadRows(corpusDir), blind: false },
  { name: 'blind holdout', rows: loadRows(holdoutDir), blind: true },
].filter((set) => set.rows.length > 0 || !set.blind);

if (sets.length === 1)
  console.log(
    '\nblind holdout: tests/corpus/holdout/ holds no notes yet, so only the main corpus is measured',
  );

describe.each(sets)('$name', ({ name, rows, blind }) => {
  const judged = judge(rows);
  const relational = withLabel(judged, 'relational');
  const transactional = withLabel(judged, 'transactional');
  // Main-corpus failures quote the note, to tune on; holdout failures are counts only.
  const excerpts = (list: Judged[]) =>
    blind ? `${list.length} notes` : list.map((j) => `${j.analysis.verdict}: ${j.row.text}`).join('\n');

  test('prints the confusion matrix, with notes of every label', () => {
    console.log(`\n${name}: ${judged.length} notes (rows: label, columns: verdict)`);
    console.table(confusion(judged));
    console.log(`${name}: strength rules' share of transactional notes`);
    console.table(strengthRates(judged));
    for (const label of LABELS) expect(rows.some((row) => row.label === label)).toBe(true);
  });

  const minNotRelational = blind
    ? HOLDOUT_FLOOR.transactionalNotRelational
    : MIN_TRANSACTIONAL_NOT_RELATIONAL;
  const maxRelationalCalledTransactional = blind ? HOLDOUT_FLOOR.relationalCalledTransactional : 0;

  test(`at least ${minNotRelational * 100}% of transactional notes are not called relational`, () => {
    const wrong = transactional.filter((j) => j.analysis.verdict === 'relational');
    const notRelational = 1 - share(wrong.length, transactional.length);
    if (notRelational < MIN_TRANSACTIONAL_NOT_RELATIONAL)
      console.log(
        `${name}: ${notRelational.toFixed(3)} of transactional notes not called relational; issue 12 asks ${MIN_TRANSACTIONAL_NOT_RELATIONAL}`,
      );
    expect(notRelational, excerpts(wrong)).toBeGreaterThanOrEqual(minNotRelational);
  });

  test(`at most ${maxRelationalCalledTransactional} relational notes are called transactional`, () => {
    const wrong = relational.filter((j) => j.analysis.verdict === 'transactional');
    if (wrong.length > 0)
      console.log(`${name}: ${wrong.length} relational notes called transactional; issue 12 asks none`);
    expect(wrong.length, excerpts(wrong)).toBeLessThanOrEqual(maxRelationalCalledTransactional);
  });

  const minRecall = blind ? HOLDOUT_FLOOR.relationalRecall : MIN_RELATIONAL_RECALL;
  test(`at least ${minRecall * 100}% of relational notes are called relational`, () => {
    const missed = relational.filter((j) => j.analysis.verdict !== 'relational');
    const recall = 1 - share(missed.length, relational.length);
    if (recall < MIN_RELATIONAL_RECALL)
      console.log(`${name}: relational recall ${recall.toFixed(3)}; issue 12 asks ${MIN_RELATIONAL_RECALL}`);
    expect(recall, excerpts(missed)).toBeGreaterThanOrEqual(minRecall);
  });

  test.each(STRENGTHS)(
    `strength %s fires on at most ${MAX_STRENGTH_ON_TRANSACTIONAL * 100}% of transactional notes`,
    (rule) => {
      const fired = transactional.filter((j) => j.analysis.findings.some((f) => f.rule === rule));
      expect(share(fired.length, transactional.length), excerpts(fired)).toBeLessThanOrEqual(
        MAX_STRENGTH_ON_TRANSACTIONAL,
      );
    },
  );
});
