// `npm run lint:firefox`: Mozilla's addons-linter over the Firefox build (.output/firefox-mv3 unless a
// directory is given), as addons.mozilla.org would run it. Fails on any error and on any warning
// that is not one the README explains (scripts/lib/firefox-lint-verdict.ts). Runs offline.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeMessage, judge, type LinterReport } from './lib/firefox-lint-verdict';

const dir = process.argv[2] ?? '.output/firefox-mv3';
if (!existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`${dir}/manifest.json is missing: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

// The local binary, never `npx` (which could reach for the registry if it were missing).
const bin = path.join('node_modules', '.bin', process.platform === 'win32' ? 'addons-linter.cmd' : 'addons-linter');
const run = spawnSync(bin, ['--output', 'json', '--boring', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: LinterReport;
try {
  report = JSON.parse(run.stdout) as LinterReport;
} catch {
  console.error(`addons-linter gave no report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const lines = new Map<string, string[]>();
const readLine = (file: string, line: number) => {
  const full = path.join(dir, file);
  if (!lines.has(file)) lines.set(file, existsSync(full) ? readFileSync(full, 'utf8').split('\n') : []);
  return lines.get(file)?.[line - 1];
};

const verdict = judge(report, readLine);
for (const notice of report.notices) console.log(`notice  ${describeMessage(notice)}`);
for (const error of verdict.errors) console.log(`ERROR   ${describeMessage(error)}`);
for (const warning of verdict.unexplained) console.log(`WARNING ${describeMessage(warning)} (not explained in README.md)`);
const known = Object.entries(verdict.explained).map(([id, count]) => `${id} ×${count}`);
console.log(
  `addons-linter on ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings` +
    (known.length ? ` (explained in README.md: ${known.join(', ')})` : '') +
    `, ${report.notices.length} notices`,
);
process.exit(verdict.ok ? 0 : 1);
