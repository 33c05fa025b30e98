import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryStore } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import { uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { handleMessage } from '@/utils/messaging/handle';
import { backgroundHandlers } from './handlers';
import { refusal, senderKind, type MessageSender } from './senders';

const ID = 'cultivate-test-id';
const ORIGIN = 'chrome-extension://cultivate-test-id';
const BASE = `${ORIGIN}/`;
const NOW = new Date(2026, 10, 25, 10, 0).getTime();

const linkedInTab: MessageSender = { id: ID, url: 'https://www.linkedin.com/in/ana-souza/', tab: { id: 7 } };
const popup: MessageSender = { id: ID, url: `${ORIGIN}/popup.html` };
const optionsInATab: MessageSender = { id: ID, url: `${ORIGIN}/options.html`, tab: { id: 8 } };
const senders: Record<string, MessageSender> = {
  'a content script on http://www.linkedin.com': { id: ID, url: 'http://www.linkedin.com/feed/', tab: { id: 1 } },
  'a content script on a linkedin.com subdomain': { id: ID, url: 'https://evil.linkedin.com/', tab: { id: 1 } },
  'a content script on another site': { id: ID, url: 'https://example.com/', tab: { id: 1 } },
  'a LinkedIn address without a tab': { id: ID, url: 'https://www.linkedin.com/feed/' },
  'another extension': { id: 'someone-else', url: `chrome-extension://someone-else/page.html` },
  'no address at all': { id: ID },
  'a page that looks like ours on another origin': { id: ID, url: `https://example.com/${ORIGIN}/popup.html` },
};

const stores: HistoryStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** The background's message path as index.ts wires it, for a sender. */
async function backgroundFor() {
  const store = await openHistoryStore({ name: uniqueDatabaseName('senders') });
  stores.push(store);
  const checkFollowUps = vi.fn(async () => ({ due: [] as unknown[] }));
  const handlers = backgroundHandlers({
    history: async () => store,
    manifest: () => ({ name: 'Cultivate', version: '0.1.0' }),
    checkFollowUps,
    now: () => NOW,
  });
  const from = (sender: MessageSender) => (raw: unknown) =>
    handleMessage(raw, handlers, (type) => refusal(type, senderKind(sender, ID, BASE)));
  return { store, from, checkFollowUps };
}

const pageSend = {
  surface: 'invitation',
  recipient: { name: 'Ana Souza', profileUrl: 'linkedin.com/in/ana-souza' },
  note: 'Hi Ana, your talk on open data changed how our co-op plans.',
  analysis: null,
  pageUrl: 'https://www.linkedin.com/in/ana-souza/',
};

describe('who the background listens to', () => {
  it('tells a LinkedIn tab from our own pages and from anything else', () => {
    expect(senderKind(linkedInTab, ID, BASE)).toBe('linkedin-tab');
    expect(senderKind(popup, ID, BASE)).toBe('extension-page');
    expect(senderKind(optionsInATab, ID, BASE)).toBe('extension-page');
    for (const sender of Object.values(senders)) expect(senderKind(sender, ID, BASE)).toBe('unknown');
  });

  it('a LinkedIn tab records a send, stamped with the background’s time', async () => {
    const { store, from } = await backgroundFor();
    expect(await from(linkedInTab)({ type: 'to-background:record-send', send: pageSend })).toEqual({ ok: true, type: 'from-background:recorded' });
    const [kept] = await store.recentTouches(1);
    expect(kept?.touch.at).toBe(NOW);
    expect(kept?.contact.name).toBe('Ana Souza');
  });

  it('a LinkedIn tab cannot ping, nor change follow-ups', async () => {
    const { from, checkFollowUps } = await backgroundFor();
    for (const type of ['to-background:ping', 'to-background:follow-ups-changed']) {
      expect(await from(linkedInTab)({ type })).toEqual({ ok: false, error: `Refused: ${type} is not accepted from a LinkedIn page.` });
    }
    expect(checkFollowUps).not.toHaveBeenCalled();
  });

  it('our own pages cannot record a send or read the coach’s notes', async () => {
    const { store, from } = await backgroundFor();
    expect(await from(popup)({ type: 'to-background:record-send', send: pageSend })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await from(popup)({ type: 'to-background:coach-context', now: NOW })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await from(optionsInATab)({ type: 'to-background:ping' })).toMatchObject({ ok: true });
    expect(await store.recentTouches(10)).toEqual([]);
  });

  it.each(Object.entries(senders))('%s is refused everything', async (_label, sender) => {
    const { store, from } = await backgroundFor();
    for (const message of [
      { type: 'to-background:record-send', send: pageSend },
      { type: 'to-background:coach-context', now: NOW },
      { type: 'to-background:ping' },
      { type: 'to-background:follow-ups-changed' },
    ]) {
      expect(await from(sender)(message)).toEqual({ ok: false, error: expect.stringMatching(/ is not accepted from an unknown sender\.$/) });
    }
    expect(await store.recentTouches(10)).toEqual([]);
  });

  it('an unknown type is still refused by the schema, naming the problem', async () => {
    const { from } = await backgroundFor();
    expect(await from(linkedInTab)({ type: 'to-background:list-sends' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected message: .*type/s) });
  });
});
