import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { wrap } from './driver/playwright-driver';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

// Chromium-only: what LinkedIn's own scripts could see of us, and what happens when the
// extension is updated under an open page.
let session: ExtensionSession;
beforeEach(async () => {
  session = await launchWithExtension();
});
afterEach(() => session?.close());

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(EXTENSION_DIR, path)];
  });
}

async function openNoteWithPanel() {
  const page = await session.context.newPage();
  await page.goto('https://www.linkedin.com/in/ana-souza/');
  await page.getByRole('button', { name: 'Invite Ana Souza to connect', exact: true }).click();
  await page.getByRole('button', { name: 'Add a note', exact: true }).click();
  await wrap(page).waitFor({ css: 'cultivate-coach [data-verdict]' });
  return page;
}

describe('Chromium, staying out of LinkedIn’s way', () => {
  test('a LinkedIn page cannot fetch any of our files by their stable address, while the coach still loads', async () => {
    const page = await openNoteWithPanel();
    const files = builtFiles(EXTENSION_DIR);
    expect(files).toContain('coach-ui.js');
    const results = await page.evaluate(
      async ({ id, files }) =>
        Promise.all(
          files.map(async (file) => {
            try {
              const response = await fetch(`chrome-extension://${id}/${file}`);
              return `${file}: HTTP ${response.status}`;
            } catch {
              return `${file}: blocked`;
            }
          }),
        ),
      { id: session.extensionId, files },
    );
    expect(results.filter((r) => !r.endsWith('blocked'))).toEqual([]);
    // The UI did load (by its dynamic address), and nothing of ours names an extension address in the page.
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('chrome-extension://');
    await page.close();
  });

  test('after the extension is reloaded, the orphaned coach takes its UI away and LinkedIn keeps working', async () => {
    const page = await openNoteWithPanel();
    const note = page.locator('textarea#custom-message');
    await note.fill('Hi Ana, your talk on open data for urban farms stayed with me.');

    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/options.html`);
    // The reload closes the extension's own pages, this one included, before evaluate returns.
    await control
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);

    await expect.poll(() => page.locator('cultivate-coach, cultivate-prompt').count(), { timeout: 10_000 }).toBe(0);
    await note.fill('Hi Ana, your talk on open data for urban farms stayed with me. How did you start?');
    await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length))
      .toBe(1);
    expect(await page.locator('cultivate-coach, cultivate-prompt').count()).toBe(0);
    await page.close();
  });
});
