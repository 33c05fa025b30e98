// The benchmark's results, its targets and their plain-text report. Pure: no timing, no I/O.

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  corpus: { files: number; notes: number; skippedLines: number; samples: number };
  perNote: { medianUs: number; p99Us: number };
  reuse: { pastNotes: number; freshContextMedianUs: number; sameContextMedianUs: number; rules: string[] };
  paste: { bytes: number; chars: number; medianMs: number; smallBytes: number; smallMedianMs: number };
  alex: { medianUs: number; timesSlower: number };
  writeGood: { medianUs: number; timesSlower: number };
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
    {
      name: `template reuse, ${r.reuse.pastNotes.toLocaleString('en')} past notes`,
      goal: '≤ 2 ms',
      value: ms(r.reuse.freshContextMedianUs / 1_000),
      pass: r.reuse.freshContextMedianUs <= 2_000,
    },
    { name: 'faster than alex per note', goal: '≥ 50×', value: times(r.alex.timesSlower), pass: r.alex.timesSlower >= 50 },
    { name: '1 MB paste', goal: '< 100 ms', value: ms(r.paste.medianMs), pass: r.paste.medianMs < 100 },
  ];
}

export function formatBenchReport(r: BenchResults): string {
  const m = r.machine;
  const targets = targetsOf(r);
  const width = Math.max(...targets.map((t) => t.name.length));
  return [
    `Coach benchmark — ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform}`,
    `Corpus: ${r.corpus.notes} notes from ${r.corpus.files} files (${r.corpus.skippedLines} lines skipped), ${r.corpus.samples.toLocaleString('en')} timed calls`,
    '',
    ...targets.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(width)}  ${t.value.padStart(10)}   target ${t.goal}`),
    '',
    `Per note: alex ${us(r.alex.medianUs)} (coach ${times(r.alex.timesSlower)} faster), write-good ${us(r.writeGood.medianUs)} (coach ${times(r.writeGood.timesSlower)} faster)`,
    `Template reuse: ${ms(r.reuse.freshContextMedianUs / 1_000)} with a fresh context each call, ${ms(r.reuse.sameContextMedianUs / 1_000)} with the same context again; rules found: ${r.reuse.rules.join(', ') || 'none'}`,
    `Paste: ${(r.paste.bytes / 1e6).toFixed(1)} MB (${r.paste.chars.toLocaleString('en')} UTF-16 units) in ${ms(r.paste.medianMs)}; ${(r.paste.smallBytes / 1e3).toFixed(0)} kB in ${ms(r.paste.smallMedianMs)} (×${(r.paste.medianMs / r.paste.smallMedianMs).toFixed(1)} for ×${(r.paste.bytes / r.paste.smallBytes).toFixed(0)} the input)`,
    '',
    'Benchmarks inform; a MISS does not fail the run.',
    '',
  ].join('\n');
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
