// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { asThePerson, personClicks, personPresses } from '@/tests/unit/as-the-person';
import { plantMessageBox } from '@/tests/unit/planted-composers';
import type { CoachHandoff } from '@/utils/coach-ui-handoff/handoff';
import { watchForComposer } from './watch-for-composer';
import { quietSpell } from '@/tests/unit/page-under-test';

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  document.body.replaceChildren();
});

function watch() {
  ctx = new ContentScriptContext('test');
  const begin = vi.fn(async (_handoff: CoachHandoff) => undefined);
  watchForComposer(ctx, begin);
  return begin;
}


test('a composer planted by the page, focused, clicked and typed into by script, wakes nothing', async () => {
  const begin = watch();
  const { box, send } = plantMessageBox();
  await quietSpell();
  box.focus();
  box.click();
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  box.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
  send.click();
  await quietSpell();
  expect(begin).not.toHaveBeenCalled();
});

test('the person’s click in the box wakes the coach, handing over what they clicked', async () => {
  const begin = watch();
  const { box } = plantMessageBox();
  await quietSpell();
  personClicks(box);
  expect(begin).toHaveBeenCalledTimes(1);
  expect(begin.mock.calls[0]![0].action?.includes(box)).toBe(true);
});

test('a key the person pressed in the box (Tab landing there) wakes it too', async () => {
  const begin = watch();
  const { box } = plantMessageBox();
  personPresses(box, 'Tab');
  expect(begin).toHaveBeenCalledTimes(1);
});

test('a dialog that opens after the person’s click on a labelled control wakes it; after a scripted click it does not', async () => {
  const begin = watch();
  const connect = document.createElement('button');
  connect.setAttribute('aria-label', 'Invite Ana Souza to connect');
  document.body.append(connect);
  const openDialog = () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
  };

  connect.click();
  openDialog();
  await quietSpell();
  expect(begin).not.toHaveBeenCalled();

  connect.dispatchEvent(asThePerson(new MouseEvent('click', { bubbles: true, composed: true })));
  openDialog();
  await vi.waitFor(() => expect(begin).toHaveBeenCalledTimes(1));
  expect(begin.mock.calls[0]![0].click?.path.includes(connect)).toBe(true);
});

test('a box that opens after the person’s click on Message, clicked while the coach loads, is handed over; after loading it is not', async () => {
  ctx = new ContentScriptContext('test');
  let loaded!: () => void;
  const begin = vi.fn((_handoff: CoachHandoff) => new Promise<void>((resolve) => (loaded = resolve)));
  watchForComposer(ctx, begin);
  const message = document.createElement('button');
  message.setAttribute('aria-label', 'Message Wei Zhang');
  document.body.append(message);

  personClicks(message);
  const { box } = plantMessageBox();
  await vi.waitFor(() => expect(begin).toHaveBeenCalledTimes(1));
  const handoff = begin.mock.calls[0]![0];
  // (includes, not toContain: vitest's toContain passes an element against undefined.)
  expect(handoff.action?.includes(box)).not.toBe(true);

  personClicks(box);
  expect(handoff.action?.includes(box)).toBe(true);

  loaded();
  await quietSpell();
  const other = plantMessageBox();
  personClicks(other.box);
  expect(handoff.action?.includes(other.box)).toBe(false);
  expect(begin).toHaveBeenCalledTimes(1);
});
