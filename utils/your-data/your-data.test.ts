import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, writeSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { writeLastNotified } from '@/utils/reminders/state';
import type { HistoryStore, HistoryTransfer } from '@/utils/history/api';
import { sampleExport, sampleExportText } from './export-fixtures';
import { dumpDatabase } from '@/utils/history/migrations/testing';
import { openHistoryStore } from '@/utils/history/store';
import { invitation, message, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { MAX_IMPORT_BYTES, parseImport } from './transfer';
import { applyImport, deleteEverything, exportEverything, prepareImport } from './your-data';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const HOUR = 60 * 60 * 1000;

const open: (HistoryStore & HistoryTransfer)[] = [];
async function storeNamed(name: string) {
  const store = await openHistoryStore({ name });
  open.push(store);
  return store;
}
const freshStore = () => storeNamed(uniqueDatabaseName('data'));

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of open.splice(0)) store.close();
});

/** Someone with a little history and their own settings. */
async function livedIn() {
  const name = uniqueDatabaseName('lived-in');
  const store = await storeNamed(name);
  await store.recordSend(invitation('grace-h', 'Grace Hopper', NOW - 3 * HOUR, 'Hi Grace, your compiler talk changed how I teach.'));
  await store.recordSend(invitation('alan-t', 'Alan Turing', NOW - 2 * HOUR, null));
  await store.recordSend(message('grace-h', 'Grace Hopper', NOW - HOUR, 'Thanks for connecting, Grace!'));
  await store.setStage('linkedin.com/in/alan-t', 'connected', NOW);
  await writeSettings({ ...DEFAULT_SETTINGS, weeklyNoteGoal: 7, offers: ['code review for new maintainers'] });
  return { name, store };
}

/** Every byte the person owns: the database's records and the extension's storage. */
async function everything(name: string) {
  return JSON.stringify({ db: await dumpDatabase(name), sync: await fakeBrowser.storage.sync.get(), local: await fakeBrowser.storage.local.get() });
}

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('import', () => {
  it('shows what it will add or replace, then writes it: history first, settings after', async () => {
    const { store } = await livedIn();
    await store.recordSend(invitation('ana-souza', 'Ana S.', NOW, null));
    const prepared = await prepareImport(store, file(sampleExportText()));
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.counts).toEqual({ newContacts: 3, replacedContacts: 1, unchangedContacts: 0, newTouches: 4, knownTouches: 0 });

    expect(await applyImport(store, prepared.file)).toEqual(prepared.counts);
    expect(await store.contact('linkedin.com/in/ana-souza')).toMatchObject({ name: 'Ana Souza', stage: 'connected', howWeMet: 'Her talk at the co-op' });
    expect(await store.searchContacts('kwame', 5)).toEqual([expect.objectContaining({ name: 'Kwame Mensah' })]);
    expect((await store.recentTouches(20)).length).toBe(4 + 4);
    expect((await readSettings()).settings).toEqual(sampleExport().settings);
  });

  it('the same file twice adds nothing the second time', async () => {
    const store = await freshStore();
    const parsed = parseImport(sampleExportText());
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(store, parsed.file);
    const again = await prepareImport(store, file(sampleExportText()));
    expect(again.ok && again.counts).toEqual({ newContacts: 0, replacedContacts: 0, unchangedContacts: 4, newTouches: 0, knownTouches: 4 });
  });

  it('stores script in a name as plain text', async () => {
    const store = await freshStore();
    const name = '<script>alert("owned")</script>';
    const parsed = parseImport(sampleExportText((data) => ((data.contacts as { name: string }[])[1]!.name = name)));
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(store, parsed.file);
    expect((await store.contact('linkedin.com/in/wei-zhang'))?.name).toBe(name);
  });

  describe('a bad file changes nothing, byte for byte, and says why', () => {
    const text = sampleExportText();
    const cases: [string, () => Blob, RegExp][] = [
      ['truncated', () => file(text.slice(0, text.length / 2)), /ends too early, at line \d+, column \d+/],
      ['wrong version', () => file(text.replace('"version": 1', '"version": 2')), /version 2, made by a newer Cultivate/],
      ['a field out of its schema', () => file(text.replace('"stage": "requested"', '"stage": "best friends"')), /contacts\[1\]\.stage: Invalid option/],
      ['prototype pollution', () => file(text.replace('"why": ', '"__proto__": {"isAdmin": true}, "why": ')), /key Cultivate never writes, at settings\.__proto__/],
      ['not JSON', () => file('<html><script>alert(1)</script></html>'), /not valid JSON/],
      ['over 50 MB', () => ({ size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) }) as unknown as Blob, /up to 50 MB/],
    ];
    it.each(cases)('%s', async (_label, chosen, why) => {
      const { name, store } = await livedIn();
      await writeLastNotified({ keys: ['linkedin.com/in/alan-t'], at: NOW });
      const before = await everything(name);
      const prepared = await prepareImport(store, chosen());
      expect(prepared.ok).toBe(false);
      expect(!prepared.ok && prepared.error).toMatch(why);
      expect(await everything(name)).toBe(before);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  });

  it('a write that fails halfway keeps nothing of the import, and touches no settings', async () => {
    const { name, store } = await livedIn();
    const before = await everything(name);
    const add = IDBObjectStore.prototype.add;
    let adds = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++adds === 3) throw new DOMException('Disk trouble', 'UnknownError');
      return add.apply(this, args);
    });
    const parsed = parseImport(sampleExportText());
    if (!parsed.ok) throw new Error(parsed.error);
    await expect(applyImport(store, parsed.file)).rejects.toThrow(/Could not import the file into your history: Disk trouble/);
    vi.restoreAllMocks();
    expect(await everything(name)).toBe(before);
  });
});

describe('export', () => {
  it('is one schema-versioned file with contacts, touches and settings', async () => {
    const { store } = await livedIn();
    const exported = await exportEverything(store, NOW);
    expect(exported).toMatchObject({ name: 'cultivate-export-2026-11-25.json', contacts: 2, touches: 3 });
    const parsed = parseImport(exported.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file).toMatchObject({ format: 'cultivate-export', version: 1, exportedAt: new Date(NOW).toISOString() });
    expect(parsed.file.settings.offers).toEqual(['code review for new maintainers']);
    expect(parsed.file.contacts.map((c) => c.name)).toEqual(['Alan Turing', 'Grace Hopper']);
    expect(parsed.file.touches.map((t) => t.note)).toEqual(['Hi Grace, your compiler talk changed how I teach.', null, 'Thanks for connecting, Grace!']);
  });

  it('export, delete, import: the history and settings come back', async () => {
    const { store } = await livedIn();
    const exported = await exportEverything(store, NOW);
    await deleteEverything(store);
    expect(await store.recentTouches(10)).toEqual([]);
    const prepared = await prepareImport(store, file(exported.text));
    if (!prepared.ok) throw new Error(prepared.error);
    await applyImport(store, prepared.file);
    expect((await exportEverything(store, NOW)).text).toBe(exported.text);
    expect((await store.followUpsDue(NOW + 30 * 24 * HOUR, 10)).map((c) => c.name)).toEqual(['Alan Turing']);
  });
});

describe('delete everything', () => {
  it('empties both stores, the settings and what the reminders remembered', async () => {
    const { name, store } = await livedIn();
    await writeLastNotified({ keys: ['linkedin.com/in/alan-t'], at: NOW });
    await deleteEverything(store);
    const after = await dumpDatabase(name);
    expect([after.contacts, after.touches]).toEqual([[], []]);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe("the coach's cached notes", () => {
  it('another open store (the background) forgets deleted notes and sees imported ones', async () => {
    const { name, store: options } = await livedIn();
    const background = await storeNamed(name);
    expect((await background.coachHistory(NOW)).recentNotes.map((n) => n.text)).toEqual([
      'Thanks for connecting, Grace!',
      'Hi Grace, your compiler talk changed how I teach.',
    ]);

    // Deleted and imported with no coach read between: ids only grow, so without the generation
    // the background would keep the deleted notes and merge the imported ones after them.
    await deleteEverything(options);
    const parsed = parseImport(sampleExportText());
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(options, parsed.file);
    expect((await background.coachHistory(NOW)).recentNotes.map((n) => n.text)).toEqual([
      'Hi Yuki, I loved Slow Teams.',
      'Thanks for the timber notes, Kwame!',
      'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds.',
    ]);

    await deleteEverything(options);
    expect((await background.coachHistory(NOW)).recentNotes).toEqual([]);
  });

  it('the store that imported sees the change too', async () => {
    const { store } = await livedIn();
    await store.coachHistory(NOW);
    await store.deleteAll();
    await store.recordSend(invitation('new', 'New Person', NOW, 'Hi, a fresh start.'));
    expect((await store.coachHistory(NOW)).recentNotes.map((n) => n.text)).toEqual(['Hi, a fresh start.']);
  });
});

describe('an import is all or nothing, settings included', () => {
  it('an oversized settings block is refused, and leaves history and settings byte for byte unchanged', async () => {
    const { name, store } = await livedIn();
    const before = await everything(name);
    // 200 switched-off checks of 100 characters: each field fits, the whole (about 20 KB) does not.
    const mutedRules = Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(100, 'x'));
    const text = sampleExportText((file) => Object.assign(file.settings as object, { mutedRules }));
    const prepared = await prepareImport(store, file(text));
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.error).toMatch(/settings: These settings take [\d,]+ bytes; Cultivate keeps at most 8,192/);
    expect(await everything(name)).toBe(before);
  });

  it('settings that slip past the check are still refused before anything is written', async () => {
    const { name, store } = await livedIn();
    const before = await everything(name);
    const parsed = parseImport(sampleExportText());
    if (!parsed.ok) throw new Error(parsed.error);
    const mutedRules = Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(100, 'x'));
    await expect(applyImport(store, { ...parsed.file, settings: { ...parsed.file.settings, mutedRules } })).rejects.toThrow(/^Nothing was imported: the file's settings cannot be kept/);
    expect(await everything(name)).toBe(before);
  });

  it('a history write that fails puts the settings back as they were', async () => {
    const { name, store } = await livedIn();
    const before = await everything(name);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk trouble', 'UnknownError');
    });
    const parsed = parseImport(sampleExportText());
    if (!parsed.ok) throw new Error(parsed.error);
    await expect(applyImport(store, parsed.file)).rejects.toThrow(/Disk trouble/);
    vi.restoreAllMocks();
    expect(await everything(name)).toBe(before);
  });
});
