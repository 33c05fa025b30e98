// `npm test`: every check, in the order that fails fastest, then one honest summary line.
// Test steps keep going after a failure so the summary counts everything; the exit code is 1 if
// any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = ['.cache/test-results/unit.json', '.cache/test-results/browser.json'];

const steps: { name: string; command: string; stopOnFailure: boolean }[] = [
  { name: 'typecheck', command: 'npx tsc --noEmit', stopOnFailure: true },
  { name: 'lint', command: 'npx eslint .', stopOnFailure: true },
  {
    name: 'build and package (Chrome, Firefox)',
    command: 'npx wxt zip && npx wxt zip -b firefox',
    stopOnFailure: true,
  },
  {
    // Mozilla's linter on the Firefox build the step above left, as addons.mozilla.org runs it.
    name: 'addons-linter (Firefox build)',
    command: 'npx tsx scripts/lint-firefox.ts',
    stopOnFailure: false,
  },
  { name: 'unit tests', command: 'npx vitest run', stopOnFailure: false },
  {
    // Both browsers, with the builds the step above left in .output/chrome-mv3 and .output/firefox-mv3.
    name: 'browser tests (real Chromium and Firefox ESR)',
    command: 'npx vitest run --config vitest.browser.config.ts',
    stopOnFailure: false,
  },
];

for (const report of REPORTS) rmSync(report, { force: true });

const failed: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  if (status === 0) continue;
  failed.push(step.name);
  if (step.stopOnFailure) break;
}

let passed = 0;
let failedTests = 0;
for (const report of REPORTS) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += json.numPassedTests;
  failedTests += json.numFailedTests;
}

console.log(failed.length ? `\nFailed steps: ${failed.join(', ')}` : '\nAll steps passed.');
console.log(`${passed} passed, ${failedTests} failed`);
process.exit(failed.length ? 1 : 0);
