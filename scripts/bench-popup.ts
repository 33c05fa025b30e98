// npm run bench:popup: the toolbar popup's first meaningful paint with a heavy history, in real
// Chromium with the production build. Fills the extension's own IndexedDB with 10,000 contacts and
// 100,000 touches (the same history as the store benchmark), then opens popup.html again and again,
// timing from navigation start until the first recent connection is on screen, and until the week
// and the 12-week chart are. Informs; never fails. Build first: `npm run build`.
import { cpus } from 'node:os';
import { launchWithExtension } from '../tests/browser/harness';
import { buildHeavyHistory, CONTACTS, TOUCHES } from './lib/heavy-history';
import { median, percentile } from './lib/stats';

const OPENINGS = 15;
const BATCH = 10_000;

const session = await launchWithExtension();
try {
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  await session.context.addInitScript({
    content: `
      globalThis.__name = (f) => f;
      const marks = (globalThis.__marks = {});
      const seen = (name, selector) => { if (!marks[name] && document.querySelector(selector)) marks[name] = performance.now(); };
      new MutationObserver(() => {
        seen('shell', 'h1');
        seen('recent', '[data-testid="history-item"]');
        seen('week', '[role="progressbar"]');
        seen('chart', 'svg[role="img"]');
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

  const samples: Record<'shell' | 'recent' | 'week' | 'chart', number[]> = {
    shell: [],
    recent: [],
    week: [],
    chart: [],
  };
  for (let i = 0; i < OPENINGS + 2; i++) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 580 });
    await page.goto(popupUrl);
    await page.waitForSelector('svg[role="img"]', { timeout: 30_000 });
    const marks = await page.evaluate(
      () => (globalThis as unknown as { __marks: Record<string, number> }).__marks,
    );
    await page.close();
    if (i < 2) continue; // the first openings warm the service worker and the disk cache
    for (const key of Object.keys(samples) as (keyof typeof samples)[])
      samples[key].push(marks[key] ?? Number.NaN);
  }

  const ms = (values: number[]) =>
    `${median(values).toFixed(0)} ms median, ${percentile(values, 95).toFixed(0)} ms p95`;
  console.log(
    [
      `Machine: ${cpus()[0]?.model.trim()} (${cpus().length} cores), Node ${process.version}, Chromium ${session.context.browser()?.version()}, ${new Date().toISOString()}`,
      `History: ${CONTACTS.toLocaleString('en')} contacts, ${TOUCHES.toLocaleString('en')} touches; ${OPENINGS} openings of popup.html, from navigation start:`,
      '',
      '| popup shows | time |',
      '| --- | ---: |',
      `| header (shell) | ${ms(samples.shell)} |`,
      `| first recent connection (first meaningful paint; target ≤ 150 ms) | ${ms(samples.recent)} |`,
      `| this week | ${ms(samples.week)} |`,
      `| 12-week chart | ${ms(samples.chart)} |`,
    ].join('\n'),
  );
} finally {
  await session.close();
}
