// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { analyze } from '@/utils/coach';
import { asThePerson, personPresses } from '@/tests/unit/as-the-person';
import { CoachPanel } from './coach-panel/CoachPanel';
import { NotePrompt } from './note-prompt/NotePrompt';

afterEach(cleanup);

const NOTE = 'Hi there, I am expanding my network. Could we hop on a quick call this week about our services?';

function renderPanel() {
  const handlers = { onCollapsedChange: vi.fn(), onDismiss: vi.fn(), onMute: vi.fn() };
  render(
    <CoachPanel analysis={analyze({ text: NOTE, surface: 'invitation' })} text={NOTE} collapsed={false} theme="light" {...handlers} />,
  );
  return handlers;
}

/** A click the person made: what the browser dispatches, trusted. */
const personClick = (el: Element) => fireEvent(el, asThePerson(new MouseEvent('click', { bubbles: true, cancelable: true })));

test('a scripted click on a finding\'s menu, "Turn off this check" or "Dismiss" changes nothing; the person\'s click does', () => {
  const { onMute, onDismiss } = renderPanel();
  const menu = screen.getAllByRole('button', { name: /^Options: / })[0]!;
  menu.click();
  expect(screen.queryAllByRole('button', { name: /^Dismiss for this note/ })).toEqual([]);
  personClick(menu);
  const mute = screen.getAllByRole('button', { name: /^Turn off this check everywhere/ })[0]!;
  const dismiss = screen.getAllByRole('button', { name: /^Dismiss for this note/ })[0]!;

  mute.click();
  fireEvent.click(dismiss);
  expect(onMute).not.toHaveBeenCalled();
  expect(onDismiss).not.toHaveBeenCalled();

  personClick(mute);
  personClick(dismiss);
  expect(onMute).toHaveBeenCalledTimes(1);
  expect(onDismiss).toHaveBeenCalledTimes(1);
});

test('a scripted click on Apply edits nothing; the person\'s click applies the fix', () => {
  const onApply = vi.fn();
  const fix = { label: 'Greet Ana by name', edit: { start: 0, end: 10, text: 'Hi Ana, ' } };
  render(
    <CoachPanel
      analysis={analyze({ text: NOTE, surface: 'invitation' })}
      text={NOTE}
      collapsed={false}
      theme="light"
      onCollapsedChange={vi.fn()}
      onDismiss={vi.fn()}
      onMute={vi.fn()}
      fixFor={() => fix}
      onApply={onApply}
    />,
  );
  const apply = screen.getAllByRole('button', { name: 'Apply: Greet Ana by name' })[0]!;
  apply.click();
  expect(onApply).not.toHaveBeenCalled();
  personClick(apply);
  expect(onApply).toHaveBeenCalledWith(fix);
});

test('the panel folds only for the person: a scripted click on its toggle or a scripted Esc does nothing', () => {
  const { onCollapsedChange } = renderPanel();
  const toggle = screen.getByRole('button', { name: 'Hide coach' });
  toggle.click();
  fireEvent.keyDown(toggle, { key: 'Escape' });
  expect(onCollapsedChange).not.toHaveBeenCalled();

  personPresses(toggle, 'Escape');
  expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
  personClick(toggle);
  expect(onCollapsedChange).toHaveBeenCalledTimes(2);
});

test('a scripted click on a starter inserts nothing; the person’s click chooses it', () => {
  const onChooseStarter = vi.fn();
  render(<NotePrompt mode="invite" recipientName="Ana" starters={['Hi Ana, I loved your talk.']} onChooseStarter={onChooseStarter} theme="light" />);
  const starter = screen.getByRole('button', { name: 'Hi Ana, I loved your talk.' });
  starter.click();
  expect(onChooseStarter).not.toHaveBeenCalled();
  personClick(starter);
  expect(onChooseStarter).toHaveBeenCalledWith('Hi Ana, I loved your talk.');
});
