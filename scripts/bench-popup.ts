// npm run bench:popup: the toolbar popup's first meaningful paint with a heavy history, in real
// Chromium with the production build. Fills the extension's own IndexedDB with 10,000 contacts and
// 100,000 touches (the same history as the store benchmark), then opens popup.html again and again,
// timing from navigation start until the header, the first person's row, this week and the
// 12-week chart are in the page. Informs; never fails. Build first: `npm run build`.
//
// `-- --before <ref>` also builds the extension as it was at <ref> (a scratch worktree) and measures
// both in the same run, alternating openings between them, so both see the same machine load.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../tests/browser/harness';
import { buildAtRef } from './lib/build-at-ref';
import { buildHeavyHistory, CONTACTS, TOUCHES } from './lib/heavy-history';
import { median, percentile } from './lib/stats';

const OPENINGS = 21;
const WARM_UP = 2;
const BATCH = 10_000;
const MARKS = ['shell', 'recent', 'week', 'chart'] as const;
/**
 * Where the time to the first row goes: the browser's first contentful paint (the header, painted),
 * then the popup's own performance marks (main.tsx, first-rows.ts).
 */
const PHASES = ['first-contentful-paint', 'popup:script', 'popup:store-open', 'popup:people-read', 'popup:rows-painted'] as const;
type Mark = (typeof MARKS)[number];

const beforeIndex = process.argv.indexOf('--before');
const beforeRef = beforeIndex > 0 ? process.argv[beforeIndex + 1] : undefined;

interface Subject {
  label: string;
  session: ExtensionSession;
  popupUrl: string;
  samples: Record<Mark, number[]>;
  phases: Record<string, number[]>;
}

async function prepare(label: string, extensionDir: string): Promise<Subject> {
  const session = await launchWithExtension({ extensionDir });
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  // The same selectors find the old popup (an SVG chart) and the new one.
  await session.context.addInitScript({
    content: `
      globalThis.__name = (f) => f;
      const marks = (globalThis.__marks = {});
      const seen = (name, selector) => { if (!marks[name] && document.querySelector(selector)) marks[name] = performance.now(); };
      new MutationObserver(() => {
        seen('shell', 'h1');
        seen('recent', '[data-testid="history-item"]');
        seen('week', '[role="progressbar"]');
        seen('chart', 'svg[role="img"], [data-testid="activity-chart"]');
      }).observe(document, { childList: true, subtree: true });`,
  });

  // Let the popup create the database, then fill it through IndexedDB itself.
  const filler = await session.context.newPage();
  await filler.goto(popupUrl);
  await filler.waitForSelector('[data-testid="empty-history"]');
  const { contacts, touches } = buildHeavyHistory();
  for (const [store, records] of [
    ['contacts', contacts],
    ['touches', touches],
  ] as const) {
    for (let start = 0; start < records.length; start += BATCH) {
      await filler.evaluate(
        async ({ store, json }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('cultivate-history');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const tx = db.transaction(store, 'readwrite');
          for (const record of JSON.parse(json) as unknown[]) tx.objectStore(store).put(record);
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { store, json: JSON.stringify(records.slice(start, start + BATCH)) },
      );
    }
  }
  await filler.close();
  return { label, session, popupUrl, samples: { shell: [], recent: [], week: [], chart: [] }, phases: {} };
}

/**
 * What the browser itself costs here: an almost empty extension page (a heading and a one-line
 * module), opened the same way as the popup. No popup can paint or run its script before this.
 */
interface Floor {
  dir: string;
  session: ExtensionSession;
  url: string;
  paint: number[];
  script: number[];
}

async function prepareFloor(): Promise<Floor> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cultivate-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'floor.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Cultivate</title><script type="module" src="/floor.js"></script></head><body><h1>Cultivate</h1></body></html>',
  );
  writeFileSync(path.join(dir, 'floor.js'), "performance.mark('floor:script');\n");
  const session = await launchWithExtension({ extensionDir: dir });
  return { dir, session, url: `chrome-extension://${session.extensionId}/floor.html`, paint: [], script: [] };
}

async function openFloorOnce(floor: Floor, keep: boolean) {
  const page = await floor.session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(floor.url);
  await page.waitForFunction(() => ['first-contentful-paint', 'floor:script'].every((name) => performance.getEntriesByName(name).length > 0), undefined, {
    timeout: 30_000,
  });
  const [paint, script] = await page.evaluate(() =>
    ['first-contentful-paint', 'floor:script'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
  );
  await page.close();
  if (!keep) return;
  floor.paint.push(paint!);
  floor.script.push(script!);
}

async function openOnce(subject: Subject, keep: boolean) {
  const page = await subject.session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(subject.popupUrl);
  await page.waitForSelector('svg[role="img"], [data-testid="activity-chart"]', { timeout: 30_000 });
  const marks = await page.evaluate(() => (globalThis as unknown as { __marks: Record<string, number> }).__marks);
  const phases = await page.evaluate(() =>
    Object.fromEntries(
      [...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')].map((entry) => [entry.name, entry.startTime]),
    ),
  );
  await page.close();
  if (!keep) return;
  for (const key of MARKS) subject.samples[key].push(marks[key] ?? Number.NaN);
  for (const name of PHASES) if (phases[name] !== undefined) (subject.phases[name] ??= []).push(phases[name]);
}

const loadAtStart = loadavg()[0]!;
const subjects: Subject[] = [];
let floor: Floor | undefined;
try {
  if (beforeRef) {
    process.stderr.write(`Building the extension as of ${beforeRef}…\n`);
    subjects.push(await prepare(`before (${beforeRef})`, buildAtRef(beforeRef)));
  }
  subjects.push(await prepare('after (this build)', EXTENSION_DIR));
  floor = await prepareFloor();
  process.stderr.write('Measuring…\n');
  // The first openings warm the service worker and the disk cache; then the builds take turns.
  for (let i = 0; i < OPENINGS + WARM_UP; i++) {
    for (const subject of subjects) await openOnce(subject, i >= WARM_UP);
    await openFloorOnce(floor, i >= WARM_UP);
  }

  const cell = (values: number[]) => `${median(values).toFixed(0)} / ${percentile(values, 95).toFixed(0)} ms`;
  const verdict = (values: number[], medianTarget: number, p95Target?: number) =>
    median(values) <= medianTarget && (p95Target === undefined || percentile(values, 95) <= p95Target) ? 'PASS' : 'MISS';
  const after = subjects.at(-1)!.samples;
  const rows: [string, Mark, string][] = [
    ['header (shell); target median ≤ 60 ms', 'shell', verdict(after.shell, 60)],
    ['first person’s row (first meaningful paint); target median ≤ 100, p95 ≤ 150 ms', 'recent', verdict(after.recent, 100, 150)],
    ['this week', 'week', ''],
    ['12-week chart', 'chart', ''],
  ];
  console.log(
    [
      `Machine: ${cpus()[0]?.model.trim()} (${cpus().length} cores), Node ${process.version}, Chromium ${subjects[0]!.session.context.browser()?.version()}, ${new Date().toISOString()}`,
      `Load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end`,
      `History: ${CONTACTS.toLocaleString('en')} contacts, ${TOUCHES.toLocaleString('en')} touches; ${OPENINGS} openings of popup.html per build (after ${WARM_UP} not counted), from navigation start, median / p95:`,
      '',
      `| popup shows | ${subjects.map((s) => s.label).join(' | ')} | this build |`,
      `| --- | ${subjects.map(() => '---:').join(' | ')} | --- |`,
      ...rows.map(([label, key, pass]) => `| ${label} | ${subjects.map((s) => cell(s.samples[key])).join(' | ')} | ${pass} |`),
      '',
      'Where the time to the first row goes (median ms from navigation start; first-contentful-paint is the browser\'s, the rest the popup\'s own marks):',
      ...subjects.map(
        (s) =>
          `- ${s.label}: ${PHASES.map((name) => `${name.replace('popup:', '')} ${s.phases[name] ? median(s.phases[name]).toFixed(0) : '–'}`).join(', ')}, first row ${median(s.samples.recent).toFixed(0)}`,
      ),
      '',
      `The browser's floor, opened the same way and taking turns with the builds: an almost empty extension page (a heading and a one-line module) paints at ${floor.paint.length ? `${median(floor.paint).toFixed(0)} / ${percentile(floor.paint, 95).toFixed(0)}` : '–'} ms and runs its module at ${floor.script.length ? `${median(floor.script).toFixed(0)} / ${percentile(floor.script, 95).toFixed(0)}` : '–'} ms (median / p95).`,
    ].join('\n'),
  );
} finally {
  for (const subject of subjects) await subject.session.close();
  if (floor) {
    await floor.session.close();
    rmSync(floor.dir, { recursive: true, force: true });
  }
}
