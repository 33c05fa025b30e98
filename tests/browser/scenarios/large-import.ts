import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../harness';

// A 50 MB export checked on the options page while the page's main thread stays free: the Long
// Tasks API (Chromium only) records every task over 50 ms from the moment the file is chosen until
// the summary is on screen; none may take more than 200 ms. The file is built here and chosen
// through the file input, as the file picker would, so the page itself makes no garbage before.

/** The most the issue allows a single main-thread task while a large file is checked. */
const LONGEST_TASK_MS = 200;
const PEOPLE = 5_000;
/** Just under the import's limit of 50 MiB. */
const FILE_BYTES = 50 * 1024 * 1024 - 4096;
const DAY = 86_400_000;
/** A longer message after connecting (about 1,500 characters): fewer, larger records keep the test quicker. */
const MESSAGE = 'Thanks for connecting! Here are the planting notes I mentioned: bed rotation, soil tests and what the sensors told us over two seasons. '.repeat(11);

/** A valid export of just under 50 MB: PEOPLE contacts and as many touches as fit (also `npm run bench:import`). */
export function largeExport(settings: unknown): { text: string; contacts: number; touches: number } {
  const start = Date.UTC(2024, 0, 1);
  const profile = (i: number) => `https://www.linkedin.com/in/person-${i}/`;
  const contacts = Array.from({ length: PEOPLE }, (_, i) =>
    JSON.stringify({
      key: `linkedin.com/in/person-${i}`,
      name: `Person ${i}`,
      headline: 'Builds tools for urban farms and open data',
      profileUrl: profile(i),
      firstContactAt: start + i * 60_000,
      stage: 'connected',
      lastTouchAt: start + i * 60_000,
    }),
  );
  const head = `{"format":"cultivate-export","version":1,"exportedAt":"2026-11-25T10:00:00.000Z","settings":${JSON.stringify(settings)},"contacts":[${contacts.join(',')}],"touches":[`;
  const touches: string[] = [];
  let size = head.length + 2;
  for (let n = 0; ; n++) {
    const person = n % PEOPLE;
    const kind = n < PEOPLE ? 'invitation' : 'message';
    const touch = JSON.stringify({
      contactKey: `linkedin.com/in/person-${person}`,
      kind,
      surface: kind,
      at: start + DAY + n * 1000,
      note: kind === 'invitation' ? `Hi Person ${person}, your talk on open data for urban farms changed how our co-op plans its beds. (${n})` : `${MESSAGE} (${n})`,
      analysis: { verdict: 'relational', score: 82, principles: { give: 82, relationship: 82, journey: 70, visibility: 65 }, rules: ['uses-their-name', 'specific-detail'] },
      pageUrl: profile(person),
    });
    if (size + touch.length + 1 > FILE_BYTES) break;
    touches.push(touch);
    size += touch.length + 1;
  }
  return { text: `${head}${touches.join(',')}]}`, contacts: contacts.length, touches: touches.length };
}

/** The options page's own settings, from its own "Export everything", so a built file's settings are valid. */
export function settingsFromExport(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          URL.createObjectURL = create;
          void (blob as Blob).text().then((text) => resolve((JSON.parse(text) as { settings: unknown }).settings));
          return create(blob);
        };
        [...document.querySelectorAll('button')].find((button) => button.textContent === 'Export everything')!.click();
      }),
  );
}

type Watched = Window & { __longTasks: { start: number; duration: number }[]; __watchFrom: number };

export async function largeImportKeepsThePageResponsive(session: ExtensionSession) {
  const page = await session.context.newPage();
  const dir = mkdtempSync(path.join(tmpdir(), 'cultivate-large-import-'));
  try {
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.locator('main[aria-busy="false"]').waitFor();
    const settings = await settingsFromExport(page);
    const file = largeExport(settings);
    const filePath = path.join(dir, 'cultivate-export-large.json');
    writeFileSync(filePath, file.text);
    const bytes = Buffer.byteLength(file.text);
    expect(bytes).toBeGreaterThan(49 * 1024 * 1024);

    await page.evaluate(() => {
      const watched = window as unknown as Watched;
      watched.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) watched.__longTasks.push({ start: task.startTime, duration: task.duration });
      }).observe({ type: 'longtask' });
      watched.__watchFrom = performance.now();
    });
    const started = Date.now();
    await page.locator('input[type="file"]').setInputFiles(filePath);
    const outcome = page.locator('[data-testid="import-summary"], [data-testid="import-error"], .data-part [role="alert"]');
    await expect.poll(() => outcome.first().textContent(), { timeout: 180_000, interval: 250 }).toContain(`add ${file.contacts} new contacts`);
    const checkedInMs = Date.now() - started;
    // Long-task entries arrive after the task; give the observer a moment to deliver the last ones.
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => {
      const watched = window as unknown as Watched;
      return watched.__longTasks
        .filter((task) => task.start + task.duration >= watched.__watchFrom)
        .map((task) => `${Math.round(task.duration)} ms at +${Math.round(task.start - watched.__watchFrom)} ms`);
    });
    expect(await page.locator('.confirm').textContent()).toContain(`holds ${file.contacts} contacts and ${file.touches} notes and sends`);
    console.log(
      `large import: ${(bytes / 1024 / 1024).toFixed(1)} MB (${file.contacts} contacts, ${file.touches} touches) checked in ${checkedInMs} ms; ` +
        `main-thread tasks over 50 ms meanwhile: ${tasks.length ? tasks.join(', ') : 'none'}`,
    );
    const longest = Math.max(0, ...tasks.map((task) => Number.parseInt(task, 10)));
    expect(longest, tasks.join(', ')).toBeLessThanOrEqual(LONGEST_TASK_MS);

    // Nothing is written until the person confirms; Cancel lets the file go.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.confirm').waitFor({ state: 'detached' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await page.close();
  }
}
