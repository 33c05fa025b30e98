import { text as alexText } from 'alex';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/coach';
import { bundledSecondReader } from '../utils/coach/word-model/bundled';
import type { ContextInput, DraftInput, PastNote } from '../utils/coach/schema';
import { formatBenchReport, targetsOf, type BenchResults, type Machine, type PasteTiming } from './lib/bench-report';
import { loadCorpus } from './lib/corpus';
import { makePastNotes, readdressed } from './lib/sample-notes';
import { median, percentile } from './lib/stats';
import { timeEach, warmUp } from './lib/timing';

// npm run bench [-- --json]: how fast the coach is, against its targets and against alex and
// write-good on the same notes, in one run. Informs; never fails on a missed target.

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

const CORPUS_ROOT = fileURLToPath(new URL('../tests/corpus', import.meta.url));
const PASTE_TIMER = fileURLToPath(new URL('./lib/paste-timer.ts', import.meta.url));
const PAST_NOTES = 10_000;
const PASTE_BYTES = 1_000_000;
const NOW = Date.UTC(2026, 0, 15);

const json = process.argv.includes('--json');
const progress = (message: string) => process.stderr.write(`${message}\n`);

function machine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown CPU',
    cores: cores.length,
    node: process.version,
    platform: `${platform()} ${release()}`,
    load: loadavg()[0] ?? 0,
    date: new Date().toISOString(),
  };
}

function benchCorpus(drafts: readonly DraftInput[]) {
  progress(`Timing the coach, alex and write-good on ${drafts.length} corpus notes…`);
  // As the extension reads a draft once the word model has loaded: rules, then the second reading.
  const coach = (draft: DraftInput) => analyze(draft, {}, { secondReader: bundledSecondReader });
  const alex = (draft: DraftInput) => alexText(draft.text);
  const good = (draft: DraftInput) => writeGood(draft.text);
  warmUp(drafts, coach, 1_000);
  const coachSamples = timeEach(drafts, coach, { budgetMs: 5_000, minPasses: 20 });
  warmUp(drafts, alex, 1_000);
  const alexMedian = median(timeEach(drafts, alex, { budgetMs: 6_000, minPasses: 1 }));
  warmUp(drafts, good, 500);
  const goodMedian = median(timeEach(drafts, good, { budgetMs: 3_000, minPasses: 1 }));
  const coachMedian = median(coachSamples);
  return {
    samples: coachSamples.length,
    perNote: { medianUs: coachMedian, p99Us: percentile(coachSamples, 99) },
    alex: { medianUs: alexMedian, timesSlower: alexMedian / coachMedian },
    writeGood: { medianUs: goodMedian, timesSlower: goodMedian / coachMedian },
  };
}

/**
 * A template sent before, with only the name changed: what the reuse rule exists to catch. Three
 * cases: notes the coach has never seen (the first analysis after the extension starts), the same
 * notes as a new array (the history sent again) and the same array again (every keystroke after).
 */
function benchReuse(): BenchResults['reuse'] {
  progress(`Timing template reuse against ${PAST_NOTES.toLocaleString('en')} past notes…`);
  const pastNotes = makePastNotes(PAST_NOTES, 42, NOW);
  const template = pastNotes.at(-1)?.text;
  if (template === undefined) throw new Error('No past notes to reuse.');
  const draft = { text: readdressed(template, 'Morgan') };
  const reuse = (context: ContextInput) => analyze(draft, context, { secondReader: bundledSecondReader });
  const sameArray = { recentNotes: pastNotes, now: NOW };
  warmUp([sameArray], reuse, 300);

  const unseen = Array.from({ length: 8 }, (_, i) => ({ recentNotes: makePastNotes(PAST_NOTES, 1_000 + i, NOW), now: NOW }));
  const newArrays = Array.from({ length: 40 }, () => ({ recentNotes: pastNotes.map((n): PastNote => ({ ...n })), now: NOW }));
  return {
    pastNotes: PAST_NOTES,
    unseenMedianUs: median(timeEach(unseen, reuse, { budgetMs: 0, minPasses: 1 })),
    newArrayMedianUs: median(timeEach(newArrays, reuse, { budgetMs: 0, minPasses: 1 })),
    sameArrayMedianUs: median(timeEach([sameArray], reuse, { budgetMs: 1_000, minPasses: 20 })),
    rules: reuse(sameArray).findings.map((f) => f.rule),
  };
}

/** Each paste in a child process with a timeout: a coach that is slow on huge input cannot stall the run. */
function benchPaste(): BenchResults['paste'] {
  progress(`Timing ${PASTE_BYTES / 1e6} MB and ${PASTE_BYTES / 1e7} MB pastes…`);
  return { small: timePaste(PASTE_BYTES / 10, 2, 20_000), large: timePaste(PASTE_BYTES, 1, 40_000) };
}

function timePaste(bytes: number, seed: number, timeoutMs: number): PasteTiming {
  const child = spawnSync(process.execPath, [...process.execArgv, PASTE_TIMER, String(bytes), String(seed), '5', '2000'], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const [head, ...runs] = child.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { bytes: number; chars: number; ms: number });
  if (!head) throw new Error(`The paste timer failed: ${child.stderr || child.error?.message}`);
  const times = runs.map((run) => run.ms);
  return { bytes: head.bytes, chars: head.chars, runs: times.length, medianMs: times.length ? median(times) : null, timeoutMs };
}

function main(): void {
  const host = machine();
  const corpus = loadCorpus(CORPUS_ROOT);
  if (corpus.drafts.length === 0) throw new Error(`No notes in ${CORPUS_ROOT}/**/*.jsonl.`);
  const { samples, perNote, alex, writeGood } = benchCorpus(corpus.drafts);
  const results: BenchResults = {
    machine: host,
    corpus: { files: corpus.files.length, notes: corpus.drafts.length, skippedLines: corpus.skippedLines, samples },
    perNote,
    reuse: benchReuse(),
    paste: benchPaste(),
    alex,
    writeGood,
  };
  process.stdout.write(json ? `${JSON.stringify({ ...results, targets: targetsOf(results) }, null, 2)}\n` : formatBenchReport(results));
}

main();
