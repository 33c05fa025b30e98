// The content script's record-send against the real background handlers and history: across the boundary on purpose.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '@/utils/coach';
import type { HistoryStore } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { handleMessage } from '@/utils/messaging/handle';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { recordSend, RETRY_DELAYS_MS } from '@/entrypoints/coach-ui/record-send';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const inputs = analyze({ text: 'Hi Ana' });

const stores: HistoryStore[] = [];
beforeEach(() => vi.stubGlobal('location', new URL('https://www.linkedin.com/in/ana-souza/?trk=x')));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  for (const store of stores.splice(0)) store.close();
});

/** The content script's messages reach real background handlers over a real (fake-indexeddb) history. */
async function wiredToBackground(fail = 0) {
  const store = await openHistoryStore({ name: uniqueDatabaseName('record-send') });
  stores.push(store);
  const handlers = backgroundHandlers({
    history: async () => store,
    manifest: () => ({ name: 'Cultivate', version: '0.1.0' }),
    checkFollowUps: async () => ({ due: [] }),
    now: () => NOW,
  });
  let failures = fail;
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    return handleMessage(message, handlers);
  });
  return { store, sent };
}

describe('recording a send from the page', () => {
  it('a name of 100,000 characters is recorded, shortened', async () => {
    const { store } = await wiredToBackground();
    const name = `Ana ${'Souza'.repeat(20_000)}`.slice(0, 100_000);
    const recorded = await recordSend('invitation', { name, profileUrl: 'linkedin.com/in/ana-souza' }, 'Hi Ana', inputs);
    expect(recorded).toBe(true);
    const [kept] = await store.recentTouches(1);
    expect(kept?.contact.name.startsWith('Ana SouzaSouza')).toBe(true);
    expect(kept?.contact.name.length).toBe(300);
    expect(kept?.touch.note).toBe('Hi Ana');
  });

  it('a note longer than the history keeps is recorded, shortened', async () => {
    const { store } = await wiredToBackground();
    expect(await recordSend('message', { name: 'Ana Souza' }, 'x'.repeat(50_000), inputs)).toBe(true);
    expect((await store.recentTouches(1))[0]?.touch.note).toHaveLength(20_000);
  });

  it('sends no time of its own: the background stamps it', async () => {
    const { store, sent } = await wiredToBackground();
    await recordSend('invitation', { name: 'Ana Souza' }, null, inputs);
    expect(sent[0]).not.toHaveProperty('send.at');
    expect((await store.recentTouches(1))[0]?.touch.at).toBe(NOW);
  });

  it('a send that fails is tried again, and recorded once', async () => {
    const { store, sent } = await wiredToBackground(RETRY_DELAYS_MS.length);
    const waits: number[] = [];
    const onNotRecorded = vi.fn();
    const recorded = await recordSend('invitation', { name: 'Ana Souza' }, 'Hi Ana', inputs, { onNotRecorded, wait: async (ms) => void waits.push(ms) });
    expect(recorded).toBe(true);
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(sent).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(onNotRecorded).not.toHaveBeenCalled();
    expect(await store.recentTouches(10)).toHaveLength(1);
  });

  it('a send that still fails says so', async () => {
    const { store } = await wiredToBackground(RETRY_DELAYS_MS.length + 1);
    const onNotRecorded = vi.fn();
    expect(await recordSend('invitation', { name: 'Ana Souza' }, 'Hi Ana', inputs, { onNotRecorded, wait: async () => undefined })).toBe(false);
    expect(onNotRecorded).toHaveBeenCalledTimes(1);
    expect(await store.recentTouches(10)).toEqual([]);
  });
});
