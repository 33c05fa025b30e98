import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dumpDatabase } from '@/utils/history/migrations/testing';
import { openHistoryStore } from '@/utils/history/store';
import { invitation, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { readSettings, writeSettings } from '@/utils/settings/store';
import { sampleExport, sampleExportText } from '@/utils/your-data/export-fixtures';
import { importWorkerCore } from './import-worker-core';
import { importInWorker } from './importers';

// The options page's importer against the real worker code, with the Worker itself played on
// this thread: what the page keeps, what it writes, and that a failure changes nothing.

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

let name: string;
let workers: FakeWorker[];
/** How the played worker answers; a test may swap in a broken one. */
let answer: (message: unknown) => Promise<unknown>;

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly messages: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    workers.push(this);
  }
  postMessage(message: unknown) {
    this.messages.push(message);
    void answer(message).then((data) => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(async () => {
  fakeBrowser.reset();
  workers = [];
  name = uniqueDatabaseName('importer');
  answer = importWorkerCore(() => openHistoryStore({ name }));
  vi.stubGlobal('Worker', FakeWorker);
  const store = await openHistoryStore({ name });
  await store.recordSend(invitation('grace-h', 'Grace Hopper', NOW, 'Hi Grace, your compiler talk changed how I teach.'));
  store.close();
  await writeSettings({ ...DEFAULT_SETTINGS, weeklyNoteGoal: 7 });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const file = (text: string) => new Blob([text], { type: 'application/json' });
async function everything() {
  return JSON.stringify({ db: await dumpDatabase(name), local: await fakeBrowser.storage.local.get(), sync: await fakeBrowser.storage.sync.get() });
}

describe('importing in a worker', () => {
  it('the page gets a summary, not the file; confirming writes history and settings, then ends the worker', async () => {
    const importer = importInWorker();
    const checked = await importer.check(file(sampleExportText()));
    expect(checked).toEqual({
      ok: true,
      preview: {
        exported: new Date('2026-11-25T10:00:00.000Z').toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' }),
        contacts: 4,
        touches: 4,
        counts: { newContacts: 4, replacedContacts: 0, unchangedContacts: 0, newTouches: 4, knownTouches: 0 },
      },
    });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.options).toEqual({ type: 'module' });
    // Checking wrote nothing.
    expect((await readSettings()).settings.weeklyNoteGoal).toBe(7);

    expect(await importer.apply()).toEqual(checked.ok && checked.preview.counts);
    expect((await readSettings()).settings).toEqual(sampleExport().settings);
    const store = await openHistoryStore({ name });
    expect((await store.recentTouches(20)).map(({ contact }) => contact.name).sort()).toEqual(
      ['Ana Souza', 'Grace Hopper', 'Kwame Mensah', 'Wei Zhang', 'Yuki Tanaka'],
    );
    store.close();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a refused file says why, and changes nothing', async () => {
    const before = await everything();
    const importer = importInWorker();
    const checked = await importer.check(file(sampleExportText().replace('"stage": "requested"', '"stage": "best friends"')));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]).toMatch(/contacts\[1\]\.stage: Invalid option/);
    await expect(importer.apply()).rejects.toThrow(/no checked file/);
    expect(await everything()).toBe(before);
  });

  it('a history write that fails in the worker puts the settings back: nothing changes', async () => {
    const before = await everything();
    const importer = importInWorker();
    expect((await importer.check(file(sampleExportText()))).ok).toBe(true);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk trouble', 'UnknownError');
    });
    await expect(importer.apply()).rejects.toThrow(/Disk trouble/);
    vi.restoreAllMocks();
    expect(await everything()).toBe(before);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('an answer that does not fit the protocol is an error, not a summary', async () => {
    answer = async () => ({ type: 'checked', exportedAt: 'yesterday', contacts: -1 });
    await expect(importInWorker().check(file(sampleExportText()))).rejects.toThrow(/cannot read/);
  });

  it('the worker refuses a command it does not know, and a write before any check', async () => {
    const handle = importWorkerCore(() => openHistoryStore({ name }));
    expect(await handle({ type: 'write' })).toEqual({ type: 'failed', error: expect.stringMatching(/no checked file/) });
    expect(await handle({ type: 'check', file: 'not a file' })).toMatchObject({ type: 'failed' });
    expect(await handle({ type: 'delete-everything' })).toMatchObject({ type: 'failed' });
  });

  it('letting go ends the worker, and a later confirm writes nothing', async () => {
    const before = await everything();
    const importer = importInWorker();
    expect((await importer.check(file(sampleExportText()))).ok).toBe(true);
    importer.discard();
    expect(workers[0]!.terminated).toBe(true);
    await expect(importer.apply()).rejects.toThrow(/no checked file/);
    expect(await everything()).toBe(before);
  });
});
