// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { asThePerson } from '@/tests/unit/as-the-person';
import { NotRecordedNotice } from './NotRecordedNotice';

afterEach(cleanup);

test('says, as an alert, which sends went out but are missing from the history', () => {
  render(
    <NotRecordedNotice
      sends={[{ surface: 'invitation', name: 'Ana Souza' }, { surface: 'message' }]}
      theme="dark"
      onDismiss={() => undefined}
    />,
  );
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('Not saved in your Cultivate history');
  expect(alert.textContent).toContain('Your invitation to Ana Souza was sent on LinkedIn, but Cultivate could not save it.');
  expect(alert.textContent).toContain('Your message to this person was sent on LinkedIn');
  expect(alert.textContent).toContain('will not appear in the popup');
  expect(alert.getAttribute('data-theme')).toBe('dark');
});

test('only the person dismisses it: a scripted click does nothing', () => {
  const onDismiss = vi.fn();
  render(<NotRecordedNotice sends={[{ surface: 'message', name: 'Wei' }]} theme="light" onDismiss={onDismiss} />);
  const dismiss = screen.getByRole('button', { name: 'Dismiss' });
  dismiss.click();
  expect(onDismiss).not.toHaveBeenCalled();
  fireEvent(dismiss, asThePerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
  expect(onDismiss).toHaveBeenCalledTimes(1);
});
