// The benchmark's results, its targets and their plain-text report. Pure: no timing, no I/O.

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run began: other work on the machine skews every figure. */
  load: number;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  corpus: { files: number; notes: number; skippedLines: number; samples: number };
  perNote: { medianUs: number; p99Us: number };
  reuse: { pastNotes: number; unseenMedianUs: number; newArrayMedianUs: number; sameArrayMedianUs: number; rules: string[] };
  paste: { large: PasteTiming; small: PasteTiming };
  alex: { medianUs: number; timesSlower: number };
  writeGood: { medianUs: number; timesSlower: number };
}

export interface PasteTiming {
  bytes: number;
  chars: number;
  runs: number;
  /** Null when not one run finished before the timeout. */
  medianMs: number | null;
  timeoutMs: number;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  pass: boolean;
}

export function targetsOf(r: BenchResults): Target[] {
  return [
    { name: 'median per note', goal: '≤ 50 µs', value: us(r.perNote.medianUs), pass: r.perNote.medianUs <= 50 },
    { name: 'p99 per note', goal: '≤ 250 µs', value: us(r.perNote.p99Us), pass: r.perNote.p99Us <= 250 },
    ...(
      [
        ['unseen notes', r.reuse.unseenMedianUs],
        ['same notes, new array', r.reuse.newArrayMedianUs],
        ['same array', r.reuse.sameArrayMedianUs],
      ] as const
    ).map(([history, micros]) => ({
      name: `reuse vs ${r.reuse.pastNotes.toLocaleString('en')}, ${history}`,
      goal: '≤ 2 ms',
      value: ms(micros / 1_000),
      pass: micros <= 2_000,
    })),
    { name: 'faster than alex per note', goal: '≥ 50×', value: times(r.alex.timesSlower), pass: r.alex.timesSlower >= 50 },
    { name: '1 MB paste', goal: '< 100 ms', value: pasteTime(r.paste.large), pass: (r.paste.large.medianMs ?? Infinity) < 100 },
  ];
}

export function formatBenchReport(r: BenchResults): string {
  const m = r.machine;
  const targets = targetsOf(r);
  const width = Math.max(...targets.map((t) => t.name.length));
  return [
    `Coach benchmark — ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform}, load average ${m.load.toFixed(2)} at the start`,
    `Corpus: ${r.corpus.notes} notes from ${r.corpus.files} files (${r.corpus.skippedLines} lines skipped), ${r.corpus.samples.toLocaleString('en')} timed calls`,
    '',
    ...targets.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(width)}  ${t.value.padStart(10)}   target ${t.goal}`),
    '',
    `Per note: alex ${us(r.alex.medianUs)} (coach ${times(r.alex.timesSlower)} faster), write-good ${us(r.writeGood.medianUs)} (coach ${times(r.writeGood.timesSlower)} faster)`,
    `Template reuse: unseen notes = the first analysis after the extension starts; same notes, new array = the history sent again; same array = every keystroke after. Rules found: ${r.reuse.rules.join(', ') || 'none'}`,
    `Paste: ${describePaste(r.paste.large)}; ${describePaste(r.paste.small)}${scaling(r.paste)}`,
    '',
    'Benchmarks inform; a MISS does not fail the run.',
    '',
  ].join('\n');
}

function pasteTime(paste: PasteTiming): string {
  return paste.medianMs === null ? `> ${paste.timeoutMs / 1_000} s` : ms(paste.medianMs);
}

function describePaste(paste: PasteTiming): string {
  const size = paste.bytes >= 1e6 ? `${(paste.bytes / 1e6).toFixed(1)} MB` : `${(paste.bytes / 1e3).toFixed(0)} kB`;
  const runs = paste.medianMs === null ? 'stopped, no run finished' : `median of ${paste.runs} run${paste.runs === 1 ? '' : 's'}`;
  return `${size} (${paste.chars.toLocaleString('en')} UTF-16 units) in ${pasteTime(paste)} (${runs})`;
}

/** Linear scaling shows as a time ratio close to the size ratio. */
function scaling({ large, small }: BenchResults['paste']): string {
  if (large.medianMs === null || small.medianMs === null) return '';
  return `; ×${(large.medianMs / small.medianMs).toFixed(1)} the time for ×${(large.bytes / small.bytes).toFixed(0)} the input`;
}

function us(value: number): string {
  return `${value.toFixed(1)} µs`;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function times(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
}
