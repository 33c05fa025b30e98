// `npm run demo`: Chromium with the freshly built extension, on a LinkedIn-style profile served at
// linkedin.com by the browser's request routing, the invitation dialog open and a first draft typed.
// With a display it stays open for you to try; headless, it writes screenshots and says where.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { cdpInspector } from '../tests/browser/driver/closed-roots-cdp';
import { deepTargets } from '../tests/browser/driver/deep-targets';
import { launchWithExtension } from '../tests/browser/harness';

const OUT = resolve('.cache/demo');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';

const session = await launchWithExtension({ headless: !hasDisplay });
const page = await session.context.newPage();
await page.setViewportSize({ width: 1100, height: 820 });
await page.goto('https://www.linkedin.com/in/ana-souza/');
await page.getByRole('button', { name: 'Invite Ana Souza to connect' }).click();
await page.getByRole('button', { name: 'Add a note' }).click();
const note = page.locator('textarea#custom-message');
await note.pressSequentially('Hi, I am expanding my network. Could we hop on a quick call this week?', {
  delay: 5,
});
// Our UI is in closed shadow roots: Playwright's locators cannot see it, the DevTools protocol can.
// tsx keeps function names with an `__name` helper, which the query serialised into the page needs.
await page.evaluate('globalThis.__name ??= (f) => f');
const deep = deepTargets(cdpInspector(page));
const verdictIs = async (verdict: string) => {
  for (let tries = 0; tries < 600; tries++) {
    if ((await deep.attribute('cultivate-coach [data-verdict]', 'data-verdict')) === verdict) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The panel never read the note as ${verdict}`);
};
await verdictIs('transactional');

if (hasDisplay) {
  console.log(
    'Chromium is open with Cultivate loaded. Rewrite the note and watch the coach. Close the window to finish.',
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
} else {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/1-transactional.png` });
  await note.fill('');
  await note.pressSequentially(
    'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds. ' +
      'Happy to share our soil sensor notes. How did you get the city to publish its data?',
    { delay: 2 },
  );
  await verdictIs('relational');
  await page.screenshot({ path: `${OUT}/2-relational.png` });
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await page.getByText('Invitation sent to Ana Souza.').waitFor();

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  // The people first, then the sections below them (the chart) load: wait for both.
  await Promise.all([popup.getByTestId('history-item').first().waitFor(), popup.getByTestId('activity-chart').waitFor()]).catch(
    async (error: unknown) => {
      await popup.screenshot({ path: `${OUT}/3-popup.png` });
      throw error;
    },
  );
  await popup.screenshot({ path: `${OUT}/3-popup.png` });
  await session.close();
  console.log(
    'No display here, so the demo ran headless. Screenshots:\n' +
      ['1-transactional.png', '2-relational.png', '3-popup.png'].map((f) => `  ${OUT}/${f}`).join('\n'),
  );
}
