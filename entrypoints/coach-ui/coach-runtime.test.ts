// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { linkedInAdapter } from '@/utils/linkedin/adapter';
import { personClicks } from '@/tests/unit/as-the-person';
import { startCoaching } from './coach-runtime';

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function linkedInDialog() {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.className = 'send-invite';
  const note = document.createElement('textarea');
  note.id = 'custom-message';
  const send = document.createElement('button');
  send.textContent = 'Send';
  let sent = 0;
  send.addEventListener('click', () => sent++);
  dialog.append(note, send);
  document.body.append(dialog);
  return { send, sent: () => sent };
}

test('an adapter that throws leaves the page working and shows nothing of ours', async () => {
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const page = linkedInDialog();
  ctx = new ContentScriptContext('test');
  startCoaching(ctx, {
    ...linkedInAdapter,
    findInvitation: () => {
      throw new Error('LinkedIn changed its markup');
    },
  });
  await vi.waitFor(() => expect(debug).toHaveBeenCalledWith(expect.stringMatching(/^\[cultivate\] scan failed/), expect.any(Error)));

  page.send.click();
  expect(page.sent()).toBe(1);
  expect(document.querySelector('cultivate-coach, cultivate-prompt')).toBeNull();

  // Once broken, it stays out of the way: further page changes do not wake it.
  document.body.append(document.createElement('div'));
  await new Promise((r) => setTimeout(r, 80));
  expect(debug).toHaveBeenCalledTimes(1);
});

test('a click handler that throws never stops the page from receiving the click', async () => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const page = linkedInDialog();
  ctx = new ContentScriptContext('test');
  startCoaching(ctx, {
    ...linkedInAdapter,
    connectHintFrom: () => {
      throw new Error('unexpected event path');
    },
  });
  personClicks(page.send);
  expect(page.sent()).toBe(1);
});
