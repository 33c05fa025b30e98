// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { ask } from '@/utils/messaging/client';
import { personClicks, personPresses } from '@/tests/unit/as-the-person';
import { contextPerTest } from '@/tests/unit/page-under-test';
import { plantInvitationNote, plantMessageBox } from '@/tests/unit/planted-composers';
import { startCoaching } from './coach-runtime';

// A send the background never records (every retry failed): the page says so, after the dialog
// it came from has gone, in an alert the person can read and dismiss.

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));

const ctx = contextPerTest();
/** Our shadow roots are closed; the test keeps a hand on each as it is made. */
let roots: ShadowRoot[];

beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

/** The background answers everything but record-send, which fails as an unreachable worker does. */
function backgroundThatCannotRecord() {
  vi.mocked(ask).mockImplementation(async (message) => {
    if (message.type === 'to-background:record-send') throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true } as never;
  });
}

const tries = () => vi.mocked(ask).mock.calls.filter(([m]) => m.type === 'to-background:record-send').length;
const notice = () => roots.find((root) => root.host.localName === 'cultivate-notice' && root.host.isConnected);

async function sendAnInvitationToAna() {
  const { dialog, note, send } = plantInvitationNote('Add a note to your invitation to Ana Souza');
  startCoaching(ctx());
  personClicks(note);
  await vi.waitFor(() => expect(document.querySelector('cultivate-coach')).not.toBeNull());
  note.value = 'Hi Ana, your talk on urban farms changed how we plan. Happy to share our notes.';
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  personClicks(send);
  // LinkedIn closes the dialog as the invitation goes.
  dialog.remove();
}

test('when every try fails, an alert says the invitation was sent but not saved, and the person can dismiss it', async () => {
  backgroundThatCannotRecord();
  await sendAnInvitationToAna();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(tries()).toBe(2);
  expect(notice()).toBeUndefined();
  await vi.advanceTimersByTimeAsync(4_000);
  vi.useRealTimers();
  expect(tries()).toBe(3);

  await vi.waitFor(() => expect(notice()?.querySelector('[role="alert"]')).toBeTruthy());
  const alert = notice()!.querySelector('[role="alert"]')!;
  expect(alert.textContent).toMatch(/Your invitation to .+ was sent on LinkedIn, but Cultivate could not save it\./);
  // The host carries nothing readable to the page: the words live inside the closed root.
  expect(notice()!.host.textContent).toBe('');

  const dismiss = [...notice()!.querySelectorAll('button')].find((button) => button.textContent === 'Dismiss')!;
  dismiss.click();
  expect(document.querySelector('cultivate-notice')).not.toBeNull();
  personClicks(dismiss);
  await vi.waitFor(() => expect(document.querySelector('cultivate-notice')).toBeNull());
});

test('a send recorded on a later try shows no notice', async () => {
  let failures = 1;
  vi.mocked(ask).mockImplementation(async (message) => {
    if (message.type === 'to-background:record-send' && failures-- > 0) throw new Error('busy');
    return { ok: true } as never;
  });
  await sendAnInvitationToAna();
  await vi.advanceTimersByTimeAsync(5_000);
  vi.useRealTimers();
  expect(tries()).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(document.querySelector('cultivate-notice')).toBeNull();
});

test('a message that could not be recorded is said too, while its box stays open', async () => {
  backgroundThatCannotRecord();
  const page = plantMessageBox();
  startCoaching(ctx());
  personClicks(page.box);
  await vi.waitFor(() => expect(document.querySelector('cultivate-coach')).not.toBeNull());
  page.write('Thanks for connecting! Here are the planting notes I mentioned.');
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  personPresses(page.box, 'Enter');
  page.box.replaceChildren();
  await vi.advanceTimersByTimeAsync(5_200);
  vi.useRealTimers();
  expect(tries()).toBe(3);
  await vi.waitFor(() => expect(notice()?.querySelector('[role="alert"]')?.textContent).toMatch(/Your message to .+ was sent on LinkedIn, but Cultivate could not save it\./));
});
