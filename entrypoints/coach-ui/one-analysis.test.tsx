// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '@/utils/coach';
import type { SendRecord } from '@/utils/history/model';
import type { InvitationDialog } from '@/utils/linkedin/invitation';
import { ask } from '@/utils/messaging/client';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { InvitationSession } from './invitation-session';

// Every analysis the content script makes goes through this spy.
vi.mock('@/utils/coach', async (original) => {
  const coach = await original<typeof import('@/utils/coach')>();
  return { ...coach, analyze: vi.fn(coach.analyze) };
});
vi.mock('@/utils/messaging/client', () => ({
  ask: vi.fn(async (message: { type: string }) =>
    message.type === 'to-background:coach-context'
      ? { ok: true, type: 'from-background:coach-context', recentNotes: [], sentLast24h: 0, sentLast7d: 0 }
      : { ok: true, type: 'from-background:recorded' },
  ),
}));

const NOTE = 'Hi Ana, your talk on urban farming at Web Summit was great. Happy to share our soil data if useful.';
const RECIPIENT = { name: 'Ana Souza', firstName: 'Ana', profileUrl: 'linkedin.com/in/ana-souza' };

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
  vi.clearAllMocks();
});

function chooseStep(): InvitationDialog {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const addNote = document.createElement('button');
  addNote.textContent = 'Add a note';
  const sendWithoutNote = document.createElement('button');
  sendWithoutNote.textContent = 'Send without a note';
  dialog.append(addNote, sendWithoutNote);
  document.body.append(dialog);
  return { dialog, step: 'choose', emailGate: false, buttons: { addNote, sendWithoutNote } };
}

function noteStep(dialog: HTMLElement): InvitationDialog & { send: HTMLButtonElement } {
  dialog.replaceChildren();
  const note = document.createElement('textarea');
  // Filled without a keystroke: a starter chosen, or a draft LinkedIn kept.
  note.value = NOTE;
  const send = document.createElement('button');
  send.textContent = 'Send';
  dialog.append(note, send);
  return { dialog, step: 'note', note, limit: 300, emailGate: false, buttons: { send }, send };
}

const recorded = () =>
  vi.mocked(ask).mock.calls.flatMap(([message]) => (message.type === 'to-background:record-send' ? [message.send as SendRecord] : []));

test('a note sent without a keystroke is analysed once: the panel, the pause check and the record share it', async () => {
  // The pause before a transactional send reads the note too.
  const settings = { ...DEFAULT_SETTINGS, pauseBeforeTransactional: true };
  const first = chooseStep();
  const session = new InvitationSession(ctx, first, RECIPIENT, { settings, settingsRead: true });
  // While the person reads the prompt, the history arrives; then they choose a starter.
  await vi.waitFor(() => expect(ask).toHaveBeenCalledWith({ type: 'to-background:coach-context', now: expect.any(Number) }));
  await new Promise((r) => setTimeout(r, 20));
  expect(analyze).not.toHaveBeenCalled();
  const found = noteStep(first.dialog);
  session.update(found, { ...RECIPIENT });
  await vi.waitFor(() => expect(vi.mocked(analyze).mock.calls.some(([draft]) => draft.text === NOTE)).toBe(true));
  await new Promise((r) => setTimeout(r, 50));
  const callsForNote = () => vi.mocked(analyze).mock.calls.filter(([draft]) => draft.text === NOTE).length;
  expect(callsForNote()).toBe(1);

  session.onClick([found.send], new MouseEvent('click'));
  await vi.waitFor(() => expect(recorded()).toHaveLength(1));
  expect(callsForNote()).toBe(1);
  const shown = vi.mocked(analyze).mock.results.at(-1)!.value as ReturnType<typeof analyze>;
  expect(recorded()[0]!.analysis).toMatchObject({ verdict: shown.verdict, rules: shown.findings.map((f) => f.rule) });
  session.dispose();
});
