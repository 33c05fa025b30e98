import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';
import { ISSUE_18_GROUPS, MUTATION_GROUPS } from './lib/mutation-groups';
import { scoreByFile, type FileScore } from './lib/mutation-score';

// npm run mutate -- <group…> [--concurrency N]: Stryker (vitest runner) over one group of pure
// modules at a time (scripts/lib/mutation-groups.ts). Reports go to .cache/mutation/<group>/
// (index.html, mutation.json); the last lines are Markdown rows for BENCHMARKS.md. Slow (minutes
// per group): not part of `npm test`.

function usage(): never {
  const lines = Object.entries(MUTATION_GROUPS).map(
    ([name, group]) => `  ${name.padEnd(22)} ${group.mutate.join(', ')}`,
  );
  process.stderr.write(
    `usage: npm run mutate -- <group…> [--concurrency N]\n` +
      `  issue-18               the groups issue 18 measured, one after another\n  all                    every group\n${lines.join('\n')}\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { groups: string[]; concurrency: number } {
  const groups: string[] = [];
  let concurrency = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--concurrency') concurrency = Number(argv[++i]);
    else if (arg === 'all') groups.push(...Object.keys(MUTATION_GROUPS));
    else if (arg === 'issue-18') groups.push(...ISSUE_18_GROUPS);
    else if (arg in MUTATION_GROUPS) groups.push(arg);
    else usage();
  }
  if (groups.length === 0 || !Number.isInteger(concurrency) || concurrency < 1) usage();
  return { groups, concurrency };
}

function options(group: string, concurrency: number): PartialStrykerOptions {
  const dir = `.cache/mutation/${group}`;
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // Only the group's own test files (vitest.mutate.config.ts reads them from the environment).
    vitest: { configFile: 'vitest.mutate.config.ts', related: false },
    coverageAnalysis: 'perTest',
    mutate: MUTATION_GROUPS[group]!.mutate,
    // The machine is shared: one test process by default.
    concurrency,
    // Generous, so that load on the machine is not mistaken for a mutant that hangs.
    timeoutMS: 10_000,
    timeoutFactor: 2.5,
    dryRunTimeoutMinutes: 15,
    tempDirName: `.cache/stryker-tmp/${group}`,
    ignorePatterns: ['/.output', '/.cache', '/test-results', '/assets', '/tests/browser'],
    reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
    htmlReporter: { fileName: `${dir}/index.html` },
    jsonReporter: { fileName: `${dir}/mutation.json` },
    clearTextReporter: {
      allowEmojis: false,
      reportMutants: true,
      reportTests: false,
      reportScoreTable: true,
    },
    thresholds: { high: 85, low: 70, break: null },
    cleanTempDir: true,
  };
}

const commit = (() => {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
})();

const row = (file: FileScore, date: string, loads: string, minutes: string) =>
  `| \`${file.file}\` | ${file.detected}/${file.valid} | ${file.score.toFixed(1)}% | ${file.survived} | ${file.noCoverage} | ${date} | ${loads} | ${minutes} | \`${commit}\` |`;

async function main() {
  const { groups, concurrency } = parseArgs(process.argv.slice(2));
  const rows: string[] = [];
  for (const group of groups) {
    const started = Date.now();
    const loadBefore = loadavg()[0]!;
    // Read by vitest.mutate.config.ts in Stryker's test-runner processes.
    process.env.CULTIVATE_MUTATE_TESTS = JSON.stringify(MUTATION_GROUPS[group]!.tests);
    const results: MutantResult[] = await new Stryker(options(group, concurrency)).runMutationTest();
    const loads = `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
    const date = new Date(started).toISOString().slice(0, 16).replace('T', ' ');
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const scores = scoreByFile(results);
    mkdirSync(`.cache/mutation/${group}`, { recursive: true });
    writeFileSync(
      `.cache/mutation/${group}/summary.json`,
      `${JSON.stringify({ group, date, loads, minutes, commit, concurrency, scores }, null, 2)}\n`,
    );
    rows.push(...scores.map((file) => row(file, date, loads, minutes)));
  }
  process.stdout.write(
    `\nMutation scores (${cpus().length} cores, concurrency ${concurrency}; load is the 1-minute average at start → end):\n\n` +
      '| module | detected/valid | score | survived | no coverage | date (UTC) | load | minutes | commit |\n' +
      '| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | --- |\n' +
      `${rows.join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
