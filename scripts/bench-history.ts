import 'fake-indexeddb/auto';
import { cpus, loadavg, platform, release } from 'node:os';
import type { HistoryStore } from '../utils/history/api';
import { contactAfterSend, followUpTouch, touchFromSend } from '../utils/history/apply-send';
import { contactKeyFor } from '../utils/history/contact-key';
import { openHistoryDb } from '../utils/history/db';
import type { Contact, Touch } from '../utils/history/model';
import { openHistoryStore } from '../utils/history/store';
import { analysisSummary, invitation, message } from '../utils/history/test-fixtures';
import { DAY_MS } from '../utils/history/weeks';
import { createRandom, pick } from './lib/prng';
import { median } from './lib/stats';

// npx tsx scripts/bench-history.ts: how fast the history store answers with a heavy user's history
// (10,000 contacts, 100,000 touches over three years, 10,000 of them with a note), on fake-indexeddb
// in Node. Prints a Markdown section for BENCHMARKS.md. Informs; never fails.

const CONTACTS = 10_000;
const TOUCHES = 100_000;
const NOTE_EVERY = TOUCHES / 10_000;
const SPAN_MS = 3 * 365 * DAY_MS;
const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const BATCH = 5_000;

const OPENERS = ['Hi {name},', 'Hello {name},', 'Dear {name},', ''];
const MIDDLES = [
  'your talk on {topic} at {event} changed how our team thinks about it.',
  'I enjoyed your post on {topic} and would love to follow your work.',
  'we met at {event}; thanks again for the pointers on {topic}.',
  'I would love 15 minutes to show you our {topic} platform.',
  'if it helps, I know people working on {topic} and could introduce you.',
];
const TOPICS = ['CRDTs', 'onboarding', 'design tokens', 'graph sampling', 'compilers', 'hiring', 'observability'];
const EVENTS = ['PyData', 'Strange Loop', 'the Lisbon JS meetup', 'KubeCon', 'a Figma Config panel'];

function makeNote(random: () => number): string {
  return `${pick(random, OPENERS)} ${pick(random, MIDDLES)}`
    .replace('{name}', pick(random, FIRST))
    .replace('{topic}', pick(random, TOPICS))
    .replace('{event}', pick(random, EVENTS))
    .trim();
}

const progress = (text: string) => process.stderr.write(`${text}\n`);

const FIRST = ['Ada', 'Priya', 'Tomás', 'Mei', 'Olu', 'Hana', 'Marc', 'Inês', 'Noor', 'Sam', 'Li', 'Grace', 'José', 'Anne-Marie', 'Kai'];
const LAST = ['Smith', 'Raman', 'Kovač', 'Chen', 'Adeyemi', 'Satō', 'Dubois', 'Costa', 'Haddad', 'Okafor', 'Wei', 'Hopper', 'Álvarez', "O'Neil"];

/** Builds the history in memory with the store's own rules, then writes it in large transactions. */
async function fill(name: string): Promise<void> {
  const random = createRandom(20261125);
  const people = Array.from({ length: CONTACTS }, (_, i) => ({ slug: `person-${i}`, name: `${pick(random, FIRST)} ${pick(random, LAST)}` }));
  const contacts = new Map<string, Contact>();
  const touches: Touch[] = [];
  for (let i = 0; i < TOUCHES; i += 1) {
    const at = NOW - SPAN_MS + Math.floor((i / TOUCHES) * SPAN_MS);
    // The first touch of each person is an invitation; later ones go to anyone already met.
    const person = i < CONTACTS ? people[i] : pick(random, people.slice(0, Math.min(CONTACTS, i)));
    if (!person) throw new Error('no person');
    const withNote = i % NOTE_EVERY === 0;
    const key = contactKeyFor(invitation(person.slug, person.name, at, null));
    const existing = contacts.get(key);
    if (existing && !withNote && random() < 0.3) {
      touches.push(followUpTouch(key, at));
      contacts.set(key, { ...existing, lastTouchAt: at });
      continue;
    }
    const send =
      existing && withNote && random() < 0.5
        ? message(person.slug, person.name, at, makeNote(random))
        : invitation(person.slug, person.name, at, withNote ? makeNote(random) : null, {
            analysis: withNote ? analysisSummary(random() < 0.6 ? 'relational' : 'needs-work') : null,
          });
    contacts.set(key, contactAfterSend(existing, key, send));
    touches.push(touchFromSend(key, send));
  }
  // A fifth of the people accepted; their follow-ups fall over the month around now.
  for (const contact of [...contacts.values()].filter(() => random() < 0.2)) {
    contacts.set(contact.key, { ...contact, stage: 'connected', nextFollowUpAt: NOW - 15 * DAY_MS + Math.floor(random() * 30 * DAY_MS) });
  }

  const db = await openHistoryDb({ name });
  const write = async <S extends 'contacts' | 'touches'>(store: S, records: readonly (S extends 'contacts' ? Contact : Touch)[]) => {
    for (let start = 0; start < records.length; start += BATCH) {
      const tx = db.transaction(store, 'readwrite');
      for (const record of records.slice(start, start + BATCH)) void tx.store.put(record as never);
      await tx.done;
    }
  };
  await write('contacts', [...contacts.values()]);
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
  await store.recordSend(invitation(`person-${Math.floor(random() * CONTACTS)}`, 'Ada Smith', NOW + 500, makeNote(random)));
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
      ['coachHistory, first call of a store (reads the 10,000 notes)', await time(5, () => coldCoachHistory(name))],
      ['coachHistory (10,000 notes + pace)', await time(30, () => store.coachHistory(NOW))],
      ['coachHistory right after a new send', await time(30, () => coachHistoryAfterSend(store, random))],
      ['recentTouches(20)', await time(50, () => store.recentTouches(20))],
      ['followUpsDue(now, 50)', await time(50, () => store.followUpsDue(NOW, 50))],
      ['weekSummary(now)', await time(50, () => store.weekSummary(NOW))],
      ['activityByWeek(now, 12)', await time(50, () => store.activityByWeek(NOW, 12))],
      ['searchContacts("ann sm", 20)', await time(50, () => store.searchContacts('ann sm', 20))],
      ['searchContacts("a", 20) (a quarter of all names match; 1,000 ranked)', await time(20, () => store.searchContacts('a', 20))],
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
