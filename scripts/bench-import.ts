// npm run bench:import: the options page's import, timed in real Chromium with the production
// build. From the moment a file is chosen (the input's change event) until the page shows the
// outcome: a 100 KB file nested 100,000 deep (refused), 100 KB of objects nested 20,000 deep (the
// file that once took 18.6 s), and a valid 50 MB export (the summary), with the longest task on
// the page's main thread meanwhile (Long Tasks API). Informs; never fails. Build first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../tests/browser/harness';
import { largeExport, settingsFromExport } from '../tests/browser/scenarios/large-import';
import { median } from './lib/stats';

const RUNS = { small: 7, large: 3 };

interface Case {
  label: string;
  text: string;
  runs: number;
  /** What the page shows when it is done with the file. */
  outcome: RegExp;
}

const session = await launchWithExtension();
const dir = mkdtempSync(path.join(tmpdir(), 'cultivate-bench-import-'));
const loadAtStart = loadavg()[0]!;
try {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('main[aria-busy="false"]').waitFor();
  // Marks in the page: when the file was chosen, when an outcome appeared, and every long task.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__tasks = [] as { start: number; duration: number }[];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) (w.__tasks as object[]).push({ start: task.startTime, duration: task.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener('change', (event) => (w.__chosen = event.timeStamp), true);
    new MutationObserver(() => {
      if (w.__done === undefined && document.querySelector('[data-testid="import-error"], [data-testid="import-summary"], .data-part [role="alert"]'))
        w.__done = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });

  const valid = largeExport(await settingsFromExport(page));
  const cases: Case[] = [
    { label: '100 KB nested 100,000 deep', text: '['.repeat(100_000), runs: RUNS.small, outcome: /nests more than 32 levels/ },
    { label: '100 KB of objects nested 20,000 deep', text: '{"a":'.repeat(20_000), runs: RUNS.small, outcome: /nests more than 32 levels/ },
    {
      label: `50 MB valid (${valid.contacts.toLocaleString('en')} contacts, ${valid.touches.toLocaleString('en')} touches)`,
      text: valid.text,
      runs: RUNS.large,
      outcome: /Importing it will/,
    },
  ];

  const rows: string[] = [];
  for (const { label, text, runs, outcome } of cases) {
    const file = path.join(dir, 'import.json');
    writeFileSync(file, text);
    const times: number[] = [];
    let longest = 0;
    for (let run = 0; run < runs; run++) {
      await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        w.__done = undefined;
        w.__chosen = undefined;
        w.__tasks = [];
      });
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.waitForFunction(() => (window as unknown as Record<string, unknown>).__done !== undefined, undefined, { timeout: 300_000 });
      const shown = await page.locator('[data-testid="import-error"], .confirm, .data-part [role="alert"]').first().textContent();
      if (!outcome.test(shown ?? '')) throw new Error(`${label}: the page said ${JSON.stringify(shown)}`);
      await page.waitForTimeout(300);
      const { took, tasks } = await page.evaluate(() => {
        const w = window as unknown as { __done: number; __chosen: number; __tasks: { start: number; duration: number }[] };
        return { took: w.__done - w.__chosen, tasks: w.__tasks.filter((t) => t.start + t.duration >= w.__chosen).map((t) => t.duration) };
      });
      times.push(took);
      longest = Math.max(longest, ...tasks);
      const cancel = page.getByRole('button', { name: 'Cancel' });
      if (await cancel.count()) await cancel.click();
    }
    rows.push(
      `| ${label} | ${(Buffer.byteLength(text) / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB | ${runs} | ${Math.round(median(times)).toLocaleString('en')} ms | ${Math.round(Math.max(...times)).toLocaleString('en')} ms | ${longest ? `${Math.round(longest)} ms` : 'none over 50 ms'} |`,
    );
    console.log(rows.at(-1));
  }
  console.log(
    [
      '',
      `Import in Chromium, production build; ${cpus().length} cores; load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end.`,
      '| file | size | runs | median, chosen → outcome shown | slowest | longest main-thread task |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await session.close();
}
