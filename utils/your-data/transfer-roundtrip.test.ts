import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { writeSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { EARLIEST_TIME, LATEST_TIME } from '@/utils/history/bounds';
import type { SendRecord } from '@/utils/history/model';
import type { HistoryStore, HistoryTransfer } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { analysisSummary, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { parseImport } from './transfer';
import { applyImport, deleteEverything, exportEverything } from './your-data';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

const open: (HistoryStore & HistoryTransfer)[] = [];
async function freshStore() {
  const store = await openHistoryStore({ name: uniqueDatabaseName('roundtrip') });
  open.push(store);
  return store;
}
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'É', ' ', '<', '"', '\\', '字', '😀', '\n', 'z'), maxLength });

const sendArbitrary: fc.Arbitrary<SendRecord> = fc
  .record({
    surface: fc.constantFrom('invitation' as const, 'message' as const),
    slug: fc.constantFrom('ana', 'wei', 'kwame', 'yuki', 'fatima'),
    withProfile: fc.boolean(),
    name: text(30),
    headline: fc.option(text(60), { nil: undefined }),
    note: fc.option(text(200), { nil: null }),
    verdict: fc.constantFrom('relational' as const, 'transactional' as const, 'needs-work' as const),
    at: fc.integer({ min: EARLIEST_TIME, max: LATEST_TIME }),
  })
  .map(({ surface, slug, withProfile, name, headline, note, verdict, at }) => ({
    surface,
    recipient: { name: `${slug} ${name}`, ...(headline === undefined ? {} : { headline }), ...(withProfile ? { profileUrl: `https://www.linkedin.com/in/${slug}/` } : {}) },
    note,
    analysis: note === null ? null : analysisSummary(verdict),
    pageUrl: `https://www.linkedin.com/in/${slug}/`,
    at,
  }));

const settingsArbitrary: fc.Arbitrary<Settings> = fc.record({
  weeklyNoteGoal: fc.integer({ min: 0, max: 100 }),
  offers: fc.array(fc.stringMatching(/^[a-z]([a-z ]{0,20}[a-z])?$/), { maxLength: 4 }),
  why: text(100),
  strictness: fc.constantFrom('gentle' as const, 'balanced' as const, 'strict' as const),
}).map((chosen) => ({ ...DEFAULT_SETTINGS, ...chosen }));

const withoutDate = (exported: string) => exported.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

test('export → import → export gives the same file (apart from exportedAt)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(sendArbitrary, { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(11), fc.constantFrom('connected' as const, 'conversing' as const), fc.integer({ min: EARLIEST_TIME, max: LATEST_TIME - 100 * 86_400_000 })), { maxLength: 4 }),
      fc.array(fc.nat(11), { maxLength: 3 }),
      settingsArbitrary,
      async (sends, stages, dones, settings) => {
        fakeBrowser.reset();
        const source = await freshStore();
        const recorded = [];
        for (const send of sends) recorded.push((await source.recordSend(send)).contact.key);
        for (const [index, stage, at] of stages) {
          const key = recorded[index % Math.max(recorded.length, 1)];
          if (key) await source.setStage(key, stage, at);
        }
        for (const index of dones) {
          const key = recorded[index % Math.max(recorded.length, 1)];
          if (key) await source.markFollowUpDone(key, NOW);
        }
        await writeSettings(settings);
        const first = await exportEverything(source, NOW);

        // Into an empty history, with no settings stored.
        await deleteEverything(source);
        const target = await freshStore();
        const parsed = parseImport(first.text);
        if (!parsed.ok) throw new Error(`${parsed.error}\n${parsed.problems.join('\n')}`);
        await applyImport(target, parsed.file);
        const second = await exportEverything(target, NOW + 1_000);
        expect(withoutDate(second.text)).toBe(withoutDate(first.text));

        // And again into the same history: nothing new, the same file.
        const counts = await applyImport(target, parsed.file);
        expect(counts.newContacts + counts.replacedContacts + counts.newTouches).toBe(0);
        expect((await exportEverything(target, NOW)).text).toBe(first.text);
      },
    ),
    { numRuns: 40 },
  );
  // 40 runs of real IndexedDB work: seconds on a shared, loaded machine.
}, 30_000);
