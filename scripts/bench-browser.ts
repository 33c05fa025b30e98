// npm run bench:browser: what the extension costs inside real Chromium, production builds only:
//   - the lazy coaching UI (coach-ui.js) and the content script, gzipped;
//   - note appears → panel shows a verdict, the first time on a page (cold: the coaching UI is not
//     loaded yet), on a busy page (the profile while ~1,000 nodes a second churn, like the busy
//     feed) and on a quiet one; and on reopening the dialog on the same page;
//   - keystroke → verdict and marks updated: our work for each keystroke in the note (quiet page);
//   - main-thread time of our scripts on a page load without a composer, and on the busy feed.
// Our UI lives in closed shadow roots. The bench reads it the way the extension itself can, from our
// content script's own world (chrome.dom.openOrClosedShadowRoot), entered from outside the page
// through the DevTools protocol: nothing in the production build is opened for it.
// Informs; never fails on a missed target. Usage: npm run bench:browser [-- --before <git-ref>]
// (`--before` builds that commit in a scratch worktree and measures both builds in the same run,
// taking turns, so both see the same machine load.)
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../tests/browser/harness';
import { buildAtRef } from './lib/build-at-ref';
import { extensionWorld, type ExtensionWorld } from './lib/extension-world';
import {
  noteToPanelDone,
  startChurn,
  typeAndTime,
  watchNoteToPanel,
  type KeystrokeSample,
} from './lib/panel-probes';
import { median, percentile } from './lib/stats';

const OPENINGS = 15;
const REOPENINGS = 5;
const TEXT =
  'Hi Ana, your talk on open data for urban farms changed how our co-op plans its seasons. Could we hop on a quick call this week? I would love to hear what you learned.';
const KEYSTROKES = 150;
const LOADS = 5;
const CHURN_MS = 10_000;
const PROFILE = 'https://www.linkedin.com/in/ana-souza/';
const NOTE = 'textarea#custom-message';

const beforeIndex = process.argv.indexOf('--before');
const beforeRef = beforeIndex > 0 ? process.argv[beforeIndex + 1] : undefined;

/** Source text of a page function called with JSON arguments (tsx's `__name` helper included). */
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) =>
  `globalThis.__name ??= (f) => f; (${fn.toString()})(...${JSON.stringify(args)})`;

interface Subject {
  label: string;
  dir: string;
  session: ExtensionSession;
  busy: number[];
  quiet: number[];
  again: number[];
  keys: KeystrokeSample[];
  loads: number[];
  churn: number;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function sizes(dir: string) {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const content = manifest.content_scripts
    .flatMap((c) => c.js)
    .reduce((sum, file) => sum + gz(`${dir}/${file}`), 0);
  return { coachUi: gz(`${dir}/coach-ui.js`), content };
}

/** A fresh page of the profile with our world attached; optionally busy. */
async function openProfile(subject: Subject, busy: boolean): Promise<{ page: Page; world: ExtensionWorld }> {
  const page = await subject.session.context.newPage();
  const { ready } = await extensionWorld(page, subject.session.extensionId);
  await page.goto(PROFILE);
  const world = await ready;
  if (busy) await page.evaluate(call(startChurn));
  return { page, world };
}

/** Connect → Add a note, as a person clicks; returns note → panel shown, in the page's clock. */
async function openNote(page: Page, world: ExtensionWorld): Promise<number> {
  await world.evaluate(call(watchNoteToPanel, NOTE));
  await page.getByRole('button', { name: 'Invite Ana Souza to connect', exact: true }).first().click();
  await page.getByRole('button', { name: 'Add a note', exact: true }).click();
  return world.evaluate<number>(call(noteToPanelDone, 10_000));
}

/** Milliseconds of main-thread samples in our extension's scripts while `run` happens. */
async function ourScriptTime(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  run: () => Promise<void>,
) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.includes(extensionId)).map((n) => n.id));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

async function coldOpening(subject: Subject, busy: boolean) {
  const { page, world } = await openProfile(subject, busy);
  try {
    (busy ? subject.busy : subject.quiet).push(await openNote(page, world));
  } finally {
    await world.detach();
    await page.close();
  }
}

/** Reopens the dialog on one busy page; then types into the note on a fresh, quiet one. */
async function reopenAndType(subject: Subject) {
  const { page, world } = await openProfile(subject, true);
  await openNote(page, world);
  for (let i = 0; i < REOPENINGS; i++) {
    await page.getByRole('button', { name: 'Cancel adding a note', exact: true }).click();
    await world.evaluate(call(watchNoteToPanel, NOTE));
    await page.getByRole('button', { name: 'Add a note', exact: true }).click();
    subject.again.push(await world.evaluate<number>(call(noteToPanelDone, 10_000)));
  }
  // A fresh, quiet page for typing: the keystroke budget is our work, not the page's.
  await world.detach();
  await page.close();
  const quiet = await openProfile(subject, false);
  await openNote(quiet.page, quiet.world);
  // The person clicks into the note before typing.
  await quiet.page.locator(NOTE).click();
  subject.keys = await quiet.world.evaluate<KeystrokeSample[]>(call(typeAndTime, NOTE, TEXT, KEYSTROKES));
  await quiet.world.detach();
  await quiet.page.close();
}

async function scriptTime(subject: Subject) {
  const { context, extensionId } = subject.session;
  for (let i = 0; i < LOADS; i++) {
    const feed = await context.newPage();
    subject.loads.push(
      await ourScriptTime(context, feed, extensionId, async () => {
        await feed.goto('https://www.linkedin.com/feed/static/');
        await feed.waitForTimeout(500);
      }),
    );
    await feed.close();
  }
  const busy = await context.newPage();
  await busy.goto('https://www.linkedin.com/feed/busy/');
  subject.churn = await ourScriptTime(context, busy, extensionId, async () => {
    await busy.evaluate(
      (ms) => (window as unknown as { __startChurn(ms: number): Promise<unknown> }).__startChurn(ms),
      CHURN_MS,
    );
  });
  await busy.close();
}

const loadAtStart = loadavg()[0]!;
const subjects: Subject[] = [];
let browserVersion = '';
try {
  const dirs: [string, string][] = [];
  if (beforeRef) {
    process.stderr.write(`Building the extension as of ${beforeRef}…\n`);
    dirs.push([`before (${beforeRef})`, buildAtRef(beforeRef)]);
  }
  dirs.push(['after (this build)', EXTENSION_DIR]);
  for (const [label, dir] of dirs) {
    subjects.push({
      label,
      dir,
      session: await launchWithExtension({ extensionDir: dir }),
      busy: [],
      quiet: [],
      again: [],
      keys: [],
      loads: [],
      churn: 0,
    });
  }
  browserVersion = await subjects[0]!.session.serviceWorker.evaluate(
    () => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '',
  );
  process.stderr.write('Measuring…\n');
  // One opening not counted per build (the disk cache), then the builds take turns.
  for (const subject of subjects) await coldOpening(subject, false).then(() => subject.quiet.pop());
  for (let i = 0; i < OPENINGS; i++) {
    for (const subject of subjects) {
      await coldOpening(subject, true);
      await coldOpening(subject, false);
    }
  }
  for (const subject of subjects) {
    await reopenAndType(subject);
    await scriptTime(subject);
  }
} finally {
  for (const subject of subjects) await subject.session.close();
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mp = (values: number[]) => `${ms(median(values))} / ${ms(percentile(values, 95))}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const keyTotal = (s: KeystrokeSample) => s.input + s.frame;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const after = subjects.at(-1)!;
const afterSizes = sizes(after.dir);
const rows: [string, (s: Subject) => string, string][] = [
  [
    'lazy coaching UI (coach-ui.js), gzipped; budget ≤ 100 KB',
    (s) => kb(sizes(s.dir).coachUi),
    verdict(afterSizes.coachUi <= 100 * 1024),
  ],
  ['content script, gzipped', (s) => kb(sizes(s.dir).content), ''],
  [
    `note → panel shown, cold, busy page, median / p95 (${OPENINGS} pages); budget p95 ≤ 100 ms`,
    (s) => mp(s.busy),
    verdict(percentile(after.busy, 95) <= 100),
  ],
  [`note → panel shown, cold, quiet page, median / p95 (${OPENINGS} pages)`, (s) => mp(s.quiet), ''],
  [`note → panel shown, reopened on the busy page, median (${REOPENINGS})`, (s) => ms(median(s.again)), ''],
  [
    `keystroke → verdict and marks updated, median / p95 (${KEYSTROKES}, quiet page); budget p95 ≤ 16 ms`,
    (s) => mp(s.keys.map(keyTotal)),
    verdict(percentile(after.keys.map(keyTotal), 95) <= 16),
  ],
  ['… of which the input (coach and panel), median / p95', (s) => mp(s.keys.map((k) => k.input)), ''],
  ['… of which the next frame (marks, placement), median / p95', (s) => mp(s.keys.map((k) => k.frame)), ''],
  [`our script time, page load without a composer, median of ${LOADS}`, (s) => ms(median(s.loads)), ''],
  [`our script time, busy feed for ${CHURN_MS / 1000} s`, (s) => ms(s.churn), ''],
];
console.log(
  [
    `Machine: ${cpus()[0]?.model.trim()} (${cpus().length} cores), Node ${process.version}, Chromium ${browserVersion}, ${new Date().toISOString()}`,
    `Load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end`,
    '',
    `| | ${subjects.map((s) => s.label).join(' | ')} | this build |`,
    `| --- | ${subjects.map(() => '---:').join(' | ')} | --- |`,
    ...rows.map(([label, cell, pass]) => `| ${label} | ${subjects.map(cell).join(' | ')} | ${pass} |`),
  ].join('\n'),
);
