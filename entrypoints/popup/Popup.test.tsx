// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Popup } from './Popup';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({
  ask: vi.fn(async () => ({ ok: true, type: 'from-background:pong', name: 'Cultivate', version: '0.1.0' })),
}));

const openOptionsPage = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage } } }));

afterEach(() => {
  cleanup();
  openOptionsPage.mockClear();
});

function storageFull(): Error {
  const error = new Error('quota');
  error.name = 'StorageFullError';
  return error;
}

describe('the popup', () => {
  test('a new profile is taught how to start, and the four principles', async () => {
    await renderPopup(new FakeHistoryStore());
    expect(screen.getByRole('heading', { level: 1, name: 'Cultivate' })).toBeTruthy();
    const empty = await screen.findByTestId('empty-history');
    const linkedIn = within(empty).getByRole('link', { name: /Open LinkedIn/ });
    expect(linkedIn.getAttribute('href')).toBe('https://www.linkedin.com/');
    expect(linkedIn.getAttribute('target')).toBe('_blank');
    fireEvent.click(within(empty).getByRole('button', { name: 'Set your goals' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
    expect(empty.textContent).toMatch(/Add a note/);
    for (const principle of [
      'Give more than you get',
      'Relationships, not transactions',
      'The journey, not the pit stop',
      'Visibility through showing up',
    ]) {
      expect(within(empty).getByText(`${principle}.`)).toBeTruthy();
    }
    expect(await screen.findByText('Version 0.1.0 · everything stays on this device')).toBeTruthy();
  });

  test('the header has a settings button that opens the options page', async () => {
    await renderPopup(new FakeHistoryStore());
    const banner = screen.getByRole('banner');
    fireEvent.click(within(banner).getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });

  test('the shell paints before the history has opened', () => {
    render(<Popup store={new Promise(() => {})} now={() => NOW} />);
    expect(screen.getByRole('heading', { name: 'Cultivate' })).toBeTruthy();
    expect(screen.getByText('Opening your history…')).toBeTruthy();
  });

  test('a history that cannot open says so instead of going blank', async () => {
    const failing = Promise.reject(storageFull());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      render(<Popup store={failing} now={() => NOW} />);
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full/);
    expect(screen.getByRole('heading', { name: 'Cultivate' })).toBeTruthy();
  });

  test('a query that fails shows an alert in its section, and the rest still works', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Ana Souza', at: NOW - DAY }]);
    vi.spyOn(store, 'weekSummary').mockRejectedValue(storageFull());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderPopup(store);
    const week = await screen.findByRole('region', { name: 'This week at a glance' });
    expect((await within(week).findByRole('alert')).textContent).toMatch(/storage is full/);
    expect(await screen.findByText('Ana Souza', { selector: 'button' })).toBeTruthy();
  });

  test('the sections are landmarks a keyboard or screen-reader user can jump between', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Ana Souza', at: NOW - DAY }]);
    await renderPopup(store);
    await screen.findAllByTestId('history-item');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toBeTruthy();
    for (const name of ['Recent connections', 'Showing up, last 12 weeks', 'This week at a glance']) {
      expect(await screen.findByRole('region', { name })).toBeTruthy();
    }
  });
});
