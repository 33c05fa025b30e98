import 'fake-indexeddb/auto';
import { cpus, loadavg, platform, release } from 'node:os';
import type { HistoryStore } from '../utils/history/api';
import { openHistoryDb } from '../utils/history/db';
import type { Contact, Touch } from '../utils/history/model';
import { openHistoryStore } from '../utils/history/store';
import { invitation, message } from '../utils/history/test-fixtures';
import { buildHeavyHistory, CONTACTS, makeNote, NOW, TOUCHES } from './lib/heavy-history';
import { createRandom } from './lib/prng';
import { median } from './lib/stats';

// npx tsx scripts/bench-history.ts: how fast the history store answers with a heavy user's history
// (10,000 contacts, 100,000 touches over three years, 10,000 of them with a note), on fake-indexeddb
// in Node. Prints a Markdown section for BENCHMARKS.md. Informs; never fails.

const BATCH = 5_000;

const progress = (text: string) => process.stderr.write(`${text}\n`);

/** Writes the heavy history in large transactions. */
async function fill(name: string): Promise<void> {
  const { contacts, touches } = buildHeavyHistory();
  const db = await openHistoryDb({ name });
  const write = async <S extends 'contacts' | 'touches'>(
    store: S,
    records: readonly (S extends 'contacts' ? Contact : Touch)[],
  ) => {
    for (let start = 0; start < records.length; start += BATCH) {
      const tx = db.transaction(store, 'readwrite');
      for (const record of records.slice(start, start + BATCH)) void tx.store.put(record as never);
      await tx.done;
    }
  };
  await write('contacts', contacts);
  await write('touches', touches);
  db.close();
}

async function coldCoachHistory(name: string): Promise<number> {
  const store = await openHistoryStore({ name });
  const ms = await elapsed(() => store.coachHistory(NOW));
  store.close();
  return ms;
}

/** Times only the coachHistory that follows a send, as when the person starts the next draft. */
async function coachHistoryAfterSend(store: HistoryStore, random: () => number): Promise<number> {
  await store.recordSend(
    invitation(`person-${Math.floor(random() * CONTACTS)}`, 'Ada Smith', NOW + 500, makeNote(random)),
  );
  return elapsed(() => store.coachHistory(NOW + 600));
}

async function elapsed(call: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Median milliseconds of `runs` calls, after a few unmeasured ones. A call that times itself
 * (to leave its preparation out) returns its own milliseconds.
 */
async function time(runs: number, call: (run: number) => Promise<unknown>): Promise<number> {
  for (let run = 0; run < 3; run += 1) await call(-1 - run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = process.hrtime.bigint();
    const own = await call(run);
    samples.push(typeof own === 'number' ? own : Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function measure(name: string, store: HistoryStore) {
  const check = await store.coachHistory(NOW);
  const random = createRandom(7);
  return {
    notes: check.recentNotes.length,
    rows: [
      [
        'coachHistory, first call of a store (reads the 10,000 notes)',
        await time(5, () => coldCoachHistory(name)),
      ],
      ['coachHistory (10,000 notes + pace)', await time(30, () => store.coachHistory(NOW))],
      ['coachHistory right after a new send', await time(30, () => coachHistoryAfterSend(store, random))],
      ['recentTouches(20)', await time(50, () => store.recentTouches(20))],
      ['followUpsDue(now, 50)', await time(50, () => store.followUpsDue(NOW, 50))],
      ['weekSummary(now)', await time(50, () => store.weekSummary(NOW))],
      ['activityByWeek(now, 12)', await time(50, () => store.activityByWeek(NOW, 12))],
      ['searchContacts("ann sm", 20)', await time(50, () => store.searchContacts('ann sm', 20))],
      [
        'searchContacts("a", 20) (a quarter of all names match; 1,000 ranked)',
        await time(20, () => store.searchContacts('a', 20)),
      ],
      [
        'recordSend (one send, existing contact)',
        await time(200, (run) => {
          const person = `person-${Math.floor(random() * CONTACTS)}`;
          return store.recordSend(message(person, 'Ada Smith', NOW + 1_000 + run + 10, makeNote(random)));
        }),
      ],
    ] as const,
  };
}

async function main() {
  const name = `cultivate-bench-${process.pid}`;
  progress(`Filling ${CONTACTS.toLocaleString('en')} contacts and ${TOUCHES.toLocaleString('en')} touches…`);
  const started = performance.now();
  await fill(name);
  progress(`Filled in ${((performance.now() - started) / 1000).toFixed(1)} s; measuring…`);
  const store = await openHistoryStore({ name });
  const { notes, rows } = await measure(name, store);
  store.close();

  const cores = cpus();
  const lines = [
    '## History store (fake-indexeddb)',
    '',
    `\`npx tsx scripts/bench-history.ts\`, ${new Date().toISOString().slice(0, 10)}. ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, Node ${process.version}, ${platform()} ${release()}, load ${(loadavg()[0] ?? 0).toFixed(2)}.`,
    '',
    `History: ${CONTACTS.toLocaleString('en')} contacts, ${TOUCHES.toLocaleString('en')} touches over three years, ${notes.toLocaleString('en')} of them with a note (all read by \`coachHistory\`).`,
    'These run on fake-indexeddb, a JavaScript IndexedDB in Node that is slower than a browser’s own (it clones every record in script and keeps its indexes in JavaScript): read the figures as an upper bound and for comparing changes, not as what a person will see.',
    '',
    '| operation | median |',
    '| --- | ---: |',
    ...rows.map(([label, ms]) => `| ${label} | ${ms.toFixed(2)} ms |`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  progress(String(error instanceof Error ? (error.stack ?? error.message) : error));
  process.exitCode = 1;
});
