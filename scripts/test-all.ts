// `npm test`: every check, in the order that fails fastest, then one honest summary line.
// Steps in one stage run side by side (typecheck, lint and the builds; then addons-linter and the
// unit tests), each mostly one process on the two-core machine; a stage's output is printed step by
// step once the stage is done. The browser tests run alone: their waits are sized for that. Test steps
// keep going after a failure so the summary counts everything; the exit code is 1 if any step failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = ['.cache/test-results/unit.json', '.cache/test-results/browser.json'];

interface Step {
  name: string;
  command: string;
  stopOnFailure: boolean;
}

const stages: Step[][] = [
  [
    { name: 'typecheck', command: 'npx tsc --noEmit', stopOnFailure: true },
    { name: 'lint', command: 'npx eslint .', stopOnFailure: true },
    {
      name: 'build and package (Chrome, Firefox)',
      command: 'npx wxt zip && npx wxt zip -b firefox',
      stopOnFailure: true,
    },
  ],
  [
    // Mozilla's linter on the Firefox build the stage above left, as addons.mozilla.org runs it.
    { name: 'addons-linter (Firefox build)', command: 'npx tsx scripts/lint-firefox.ts', stopOnFailure: false },
    { name: 'unit tests', command: 'npx vitest run', stopOnFailure: false },
  ],
  [
    {
      // Both browsers, with the builds the first stage left in .output/chrome-mv3 and .output/firefox-mv3.
      name: 'browser tests (real Chromium and Firefox ESR)',
      command: 'npx vitest run --config vitest.browser.config.ts',
      stopOnFailure: false,
    },
  ],
];

interface Outcome {
  status: number | null;
  seconds: number;
  output: string;
}

/** Runs one step; alone in its stage it streams its output, beside others it keeps it for later. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, seconds: (Date.now() - started) / 1000, output }));
  });
}

for (const report of REPORTS) rmSync(report, { force: true });

const failed: string[] = [];
const timings: string[] = [];
for (const stage of stages) {
  const alone = stage.length === 1;
  if (!alone) console.log(`\n▶ side by side: ${stage.map((step) => step.name).join(', ')}`);
  else console.log(`\n▶ ${stage[0]!.name}: ${stage[0]!.command}`);
  const outcomes = await Promise.all(stage.map((step) => run(step, alone)));
  let stop = false;
  stage.forEach((step, i) => {
    const { status, seconds, output } = outcomes[i]!;
    if (!alone) {
      console.log(`\n▶ ${step.name}: ${step.command}`);
      process.stdout.write(output);
    }
    timings.push(`${step.name} ${seconds.toFixed(0)} s`);
    if (status === 0) return;
    failed.push(step.name);
    if (step.stopOnFailure) stop = true;
  });
  if (stop) break;
}

let passed = 0;
let failedTests = 0;
for (const report of REPORTS) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += json.numPassedTests;
  failedTests += json.numFailedTests;
}

console.log(`\nWall time per step: ${timings.join(', ')}`);
console.log(failed.length ? `Failed steps: ${failed.join(', ')}` : 'All steps passed.');
console.log(`${passed} passed, ${failedTests} failed`);
process.exit(failed.length ? 1 : 0);
