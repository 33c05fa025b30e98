// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { ask } from '@/utils/messaging/client';
import { personClicks, personPresses } from '@/tests/unit/as-the-person';
import { contextPerTest, quietSpell } from '@/tests/unit/page-under-test';
import { plantInvitationNote, plantMessageBox } from '@/tests/unit/planted-composers';
import { startCoaching } from './coach-runtime';

// What a LinkedIn page's own scripts can and cannot make the coach do. happy-dom's events carry no
// isTrusted, like a page script's; `personClicks` and `personPresses` mark them as a browser marks
// the person's.

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ ok: true })) }));

const ctx = contextPerTest();
const ours = () => document.querySelectorAll('cultivate-coach, cultivate-prompt').length;
const recorded = () => vi.mocked(ask).mock.calls.filter(([m]) => m.type === 'to-background:record-send').map(([m]) => m);

const invitationNote = () => plantInvitationNote();

const messageBox = () => plantMessageBox();

test('a planted invitation note shows nothing of ours, and scripted sends record nothing', async () => {
  const page = invitationNote();
  startCoaching(ctx());
  await quietSpell();
  expect(ours()).toBe(0);

  page.note.value = 'Hi Ana, forged by the page';
  page.note.focus();
  page.send.click();
  page.note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await quietSpell();
  expect(ours()).toBe(0);
  expect(recorded()).toEqual([]);
});

test('the person’s click in the note brings the panel, and their Send records once', async () => {
  const page = invitationNote();
  startCoaching(ctx());
  personClicks(page.note);
  await vi.waitFor(() => expect(document.querySelector('cultivate-coach')).not.toBeNull());

  page.note.value = 'Hi Ana, your talk on urban farms changed how we plan. Happy to share our notes.';
  page.send.click();
  expect(recorded()).toEqual([]);
  personClicks(page.send);
  expect(recorded()).toEqual([expect.objectContaining({ send: expect.objectContaining({ note: page.note.value }) })]);
});

test('a planted message box: scripted clicks and a synthetic Enter record nothing; the person’s Enter records', async () => {
  const page = messageBox();
  startCoaching(ctx());
  await quietSpell();
  expect(ours()).toBe(0);

  page.write('Forged message');
  page.send.click();
  page.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  page.box.replaceChildren();
  await quietSpell();
  expect(ours()).toBe(0);
  expect(recorded()).toEqual([]);

  personClicks(page.box);
  await vi.waitFor(() => expect(document.querySelector('cultivate-coach')).not.toBeNull());
  page.write('Thanks for connecting, Ngozi!');
  personPresses(page.box, 'Enter');
  page.box.replaceChildren();
  await vi.waitFor(() => expect(recorded()).toHaveLength(1));
  expect(recorded()[0]).toMatchObject({ send: { surface: 'message', note: 'Thanks for connecting, Ngozi!' } });
});
