// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openHistoryStore } from '@/utils/history/store';
import { uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { NOW, openFollowUps, renderPopup } from './testing/render-popup';
import { seedSampleHistory } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

// The same popup over the real IndexedDB store (on fake-indexeddb), so the fake cannot drift from it unseen.
// fake-indexeddb answers each request as a macrotask: on a loaded machine a whole popup takes seconds.
describe('the popup over the real history store', { timeout: 20_000 }, () => {
  test('lists, follows up and opens a timeline', async () => {
    const store = await openHistoryStore({ name: uniqueDatabaseName('popup') });
    await seedSampleHistory(store, NOW);
    await renderPopup(store);

    const items = await screen.findAllByTestId('history-item');
    expect(items).toHaveLength(20);
    expect(new Set(items.map((i) => i.getAttribute('data-key'))).size).toBe(20);
    expect(items[0]!.textContent).toContain('Ana Souza');
    expect(within(items[0]!).getByTestId('latest-touch').textContent).toBe(
      'Message: “Here are the notes I promised: hope they help with the audit.”',
    );
    expect(screen.getByRole('button', { name: 'Show more people' })).toBeTruthy();

    const followUps = await openFollowUps();
    const due = await within(followUps).findAllByTestId('follow-up');
    expect(due.map((d) => d.querySelector('.contact-opener')?.textContent)).toEqual([
      'Kofi Mensah',
      'Priya Raman',
    ]);
    expect(
      within(due[0]!)
        .getByRole('link', { name: /Open profile/ })
        .getAttribute('href'),
    ).toBe('https://www.linkedin.com/in/kofi-mensah/');
    fireEvent.click(within(due[0]!).getByRole('button', { name: /^Done/ }));
    expect(await screen.findByText('Marked done: Kofi Mensah')).toBeTruthy();
    expect(await store.followUpsDue(NOW, 10)).toHaveLength(1);

    expect((await screen.findByTestId('activity-caption')).textContent).toMatch(/Active \d+ of the last 12 weeks/);

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Ana Souza' }));
    const timeline = await screen.findByTestId('timeline');
    expect(await within(timeline).findAllByTestId('timeline-touch')).toHaveLength(2);
    expect(within(timeline).getByTestId('give-ask').textContent).toBe('You gave twice and never asked.');
    store.close();
  });

  test('a store that rejects with StorageFullError shows the alert', async () => {
    const store = await openHistoryStore({ name: uniqueDatabaseName('popup-full') });
    const full = Object.assign(new Error('full'), { name: 'StorageFullError' });
    vi.spyOn(store, 'recentPeople').mockRejectedValue(full);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderPopup(store);
    const recent = await screen.findByRole('region', { name: 'Recent connections' });
    expect((await within(recent).findByRole('alert')).textContent).toMatch(/storage is full/);
    store.close();
  });
});
