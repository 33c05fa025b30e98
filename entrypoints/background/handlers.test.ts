import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryStore } from '@/utils/history/api';
import { openHistoryStore } from '@/utils/history/store';
import type { SendRecord } from '@/utils/history/model';
import { invitation, message, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { handleMessage } from '@/utils/messaging/handle';
import { coachContextReplySchema } from '@/utils/messaging/protocol';
import { backgroundHandlers } from './handlers';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const HOUR = 60 * 60 * 1000;

/** A send as the content script sends it: the background stamps the time. */
function fromPage({ at: _at, ...send }: SendRecord) {
  return send;
}

const stores: HistoryStore[] = [];
const checkFollowUps = vi.fn(async () => ({ due: [] as unknown[] }));
async function background() {
  const store = await openHistoryStore({ name: uniqueDatabaseName('background') });
  stores.push(store);
  let clock = NOW;
  const handlers = backgroundHandlers({
    history: async () => store,
    manifest: () => ({ name: 'Cultivate', version: '0.1.0', manifest_version: 3 }),
    checkFollowUps,
    now: () => clock,
  });
  const send = (raw: unknown) => handleMessage(raw, handlers);
  /** The page sends `record` at its time, by the background's clock. */
  const record = async (sent: SendRecord) => {
    clock = sent.at;
    try {
      return await send({ type: 'to-background:record-send', send: fromPage(sent) });
    } finally {
      clock = NOW;
    }
  };
  return Object.assign(send, { store, record });
}
afterEach(() => {
  vi.restoreAllMocks();
  checkFollowUps.mockClear();
  for (const store of stores.splice(0)) store.close();
});

describe('valid messages', () => {
  it('ping answers the extension name and version', async () => {
    const send = await background();
    expect(await send({ type: 'to-background:ping' })).toEqual({ ok: true, type: 'from-background:pong', name: 'Cultivate', version: '0.1.0' });
  });

  it('record-send, then coach-context shows the note and the pace', async () => {
    const send = await background();
    const note = 'Hi Grace, your talk on compilers at PyCon made me rethink our build. Would love to follow your work.';
    expect(await send.record(invitation('grace-h', 'Grace Hopper', NOW - 2 * HOUR, note))).toEqual({
      ok: true,
      type: 'from-background:recorded',
    });
    await send.record(invitation('alan-t', 'Alan Turing', NOW - 3 * 24 * HOUR, null));
    await send.record(message('grace-h', 'Grace Hopper', NOW - HOUR, 'Thanks for connecting!'));

    const reply = await send({ type: 'to-background:coach-context', now: NOW });
    expect(coachContextReplySchema.parse(reply)).toEqual({
      ok: true,
      type: 'from-background:coach-context',
      recentNotes: [
        { text: 'Thanks for connecting!', at: NOW - HOUR },
        { text: note, at: NOW - 2 * HOUR },
      ],
      sentLast24h: 1,
      sentLast7d: 2,
    });
  });

  it('record-send keeps each send in the history, as sent', async () => {
    const send = await background();
    const sends = [invitation('a', 'Ada', NOW - 3 * HOUR, 'Hi Ada'), invitation('b', 'Bo', NOW - 2 * HOUR, null), message('a', 'Ada', NOW - HOUR, 'Thanks Ada')];
    for (const record of sends) await send.record(record);

    const kept = await send.store.recentTouches(10);
    expect(kept.map(({ touch, contact }) => [contact.name, touch.surface, touch.note, touch.analysis, touch.at])).toEqual(
      [...sends].reverse().map((s) => [s.recipient.name, s.surface, s.note, s.analysis, s.at]),
    );
  });
});

describe('follow-ups', () => {
  it('follow-ups-changed re-checks the reminders and answers how many are due', async () => {
    const send = await background();
    checkFollowUps.mockResolvedValueOnce({ due: [{}, {}] });
    expect(await send({ type: 'to-background:follow-ups-changed' })).toEqual({ ok: true, type: 'from-background:follow-ups', due: 2 });
    expect(checkFollowUps).toHaveBeenCalledTimes(1);
  });

  it('a recorded send re-checks them too (a message clears a reminder)', async () => {
    const send = await background();
    await send.record(message('ana', 'Ana Souza', NOW, 'Thanks for connecting, Ana!'));
    expect(checkFollowUps).toHaveBeenCalledTimes(1);
  });
});

describe('an acceptance seen on a profile', () => {
  it('seen-connected moves a requested contact to connected on the background clock and re-checks the follow-ups', async () => {
    const send = await background();
    await send.record(invitation('wei-zhang', 'Wei Zhang', NOW - 3 * 24 * HOUR, 'Hi Wei'));
    checkFollowUps.mockClear();
    const seen = { type: 'to-background:seen-connected', profileUrl: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang' };
    expect(await send(seen)).toEqual({ ok: true, type: 'from-background:seen-connected', connected: true });
    expect(checkFollowUps).toHaveBeenCalledTimes(1);
    expect(await send(seen)).toEqual({ ok: true, type: 'from-background:seen-connected', connected: false });
    expect(await send({ ...seen, profileUrl: 'linkedin.com/in/nobody', name: 'No Body' })).toMatchObject({ connected: false });
    expect(checkFollowUps).toHaveBeenCalledTimes(1);
  });
});

describe('the relationship so far', () => {
  it('relationship answers the contact and the latest touches, newest first, and null for someone new', async () => {
    const send = await background();
    await send.record(invitation('wei-zhang', 'Wei Zhang', NOW - 3 * 24 * HOUR, 'Hi Wei, happy to share my dataset.'));
    await send.record(message('wei-zhang', 'Wei Zhang', NOW - HOUR, 'Here is the dataset, Wei.'));
    expect(await send({ type: 'to-background:relationship', contactKey: 'linkedin.com/in/wei-zhang' })).toEqual({
      ok: true,
      type: 'from-background:relationship',
      contact: { name: 'Wei Zhang', stage: 'conversing', firstContactAt: NOW - 3 * 24 * HOUR, lastTouchAt: NOW - HOUR },
      touches: [
        { kind: 'message', at: NOW - HOUR, note: 'Here is the dataset, Wei.', verdict: 'relational' },
        { kind: 'invitation', at: NOW - 3 * 24 * HOUR, note: 'Hi Wei, happy to share my dataset.', verdict: 'relational' },
      ],
    });
    expect(await send({ type: 'to-background:relationship', contactKey: 'linkedin.com/in/nobody' })).toEqual({
      ok: true,
      type: 'from-background:relationship',
      contact: null,
      touches: [],
    });
  });
});

describe('malformed messages are refused, naming the problem', () => {
  const valid = fromPage(invitation('a', 'Ada', NOW, 'Hi Ada'));
  const cases: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /Rejected message/],
    ['no type', { send: valid }, /type/],
    ['an unknown type', { type: 'to-background:delete-everything' }, /type/],
    ['ping with extra fields', { type: 'to-background:ping', extra: 1 }, /extra/],
    ['record-send without a send', { type: 'to-background:record-send' }, /send/],
    ['record-send with a bad surface', { type: 'to-background:record-send', send: { ...valid, surface: 'email' } }, /surface/],
    ['record-send that dates itself (the background stamps the time)', { type: 'to-background:record-send', send: { ...valid, at: Date.UTC(2100, 0, 1) } }, /at/],
    ['record-send from a page outside LinkedIn', { type: 'to-background:record-send', send: { ...valid, pageUrl: 'https://evil.example/in/ada' } }, /pageUrl/],
    ['record-send from plain http', { type: 'to-background:record-send', send: { ...valid, pageUrl: 'http://www.linkedin.com/in/ada/' } }, /pageUrl/],
    ['coach-context with an impossible now', { type: 'to-background:coach-context', now: 1e300 }, /now/],
    ['record-send with a huge note', { type: 'to-background:record-send', send: { ...valid, note: 'x'.repeat(20_001) } }, /note/],
    ['record-send with unknown fields', { type: 'to-background:record-send', send: { ...valid, password: 'x' } }, /password/],
    ['coach-context without now', { type: 'to-background:coach-context' }, /now/],
    ['coach-context with a text now', { type: 'to-background:coach-context', now: 'today' }, /now/],
    ['list-sends, which only tests ever used', { type: 'to-background:list-sends', limit: 10 }, /type/],
    ['follow-ups-changed with extra fields', { type: 'to-background:follow-ups-changed', due: 3 }, /due/],
    ['seen-connected with a time from the page', { type: 'to-background:seen-connected', profileUrl: 'linkedin.com/in/a', name: 'A', at: 1 }, /at/],
    ['seen-connected with a huge name', { type: 'to-background:seen-connected', profileUrl: 'linkedin.com/in/a', name: 'x'.repeat(301) }, /name/],
    ['seen-connected without a profile', { type: 'to-background:seen-connected', name: 'Ada' }, /profileUrl/],
    ['relationship with an address, not a key', { type: 'to-background:relationship', contactKey: 'https://www.linkedin.com/in/a/' }, /contact key/],
    ['relationship with extra fields', { type: 'to-background:relationship', contactKey: 'linkedin.com/in/a', everything: true }, /everything/],
    ['seen-connected with an address, not a key', { type: 'to-background:seen-connected', profileUrl: 'https://evil.example/in/a', name: 'A' }, /profile key/],
  ];
  it.each(cases)('%s', async (_label, raw, problem) => {
    const send = await background();
    const reply = await send(raw);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Rejected message: /) });
    expect(reply.ok === false && reply.error).toMatch(problem);
  });

  it('writes nothing for a refused record-send', async () => {
    const send = await background();
    await send({ type: 'to-background:record-send', send: { ...valid, surface: 'email' } });
    expect(await send.store.recentTouches(10)).toEqual([]);
  });
});

describe('failures', () => {
  it('answers a full disk with the message a person understands', async () => {
    const send = await background();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const reply = await send.record(invitation('a', 'Ada', NOW, 'Hi Ada'));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining("Your browser's storage for Cultivate is full") });
  });

  it('answers a history that cannot be opened with the reason', async () => {
    const handlers = backgroundHandlers({
      history: () => Promise.reject(new Error('Could not open the history database "cultivate-history" at version 1: VersionError')),
      manifest: () => ({ name: 'Cultivate', version: '0.1.0' }),
      checkFollowUps,
    });
    const reply = await handleMessage({ type: 'to-background:coach-context', now: NOW }, handlers);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Could not open the history database') });
  });
});
