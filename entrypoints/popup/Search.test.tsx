// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

async function storeWithPeople() {
  const store = new FakeHistoryStore();
  await recordAll(store, [
    { name: 'Ana Souza', at: NOW - 3 * DAY },
    { name: 'Anders Berg', at: NOW - 2 * DAY },
    { name: 'Kofi Mensah', at: NOW - DAY },
  ]);
  return store;
}

describe('search by name', () => {
  test('finds people as you type, asking the store once the typing pauses', async () => {
    const store = await storeWithPeople();
    const search = vi.spyOn(store, 'searchContacts');
    await renderPopup(store);
    const box = await screen.findByRole('searchbox', { name: 'Search by name' });
    fireEvent.change(box, { target: { value: 'a' } });
    fireEvent.change(box, { target: { value: 'an' } });
    fireEvent.change(box, { target: { value: 'ana' } });

    const results = await screen.findAllByTestId('search-result');
    expect(results.map((r) => within(r).getByRole('button').textContent)).toEqual(['Ana Souza']);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('ana', expect.any(Number));
    expect(screen.getByRole('status').textContent).toBe('1 person found.');
    // The home view steps aside while results show.
    expect(screen.queryByRole('region', { name: 'Recent connections' })).toBeNull();
  });

  test('says when nobody matches, and clearing the box brings the home view back', async () => {
    await renderPopup(await storeWithPeople());
    const box = await screen.findByRole('searchbox', { name: 'Search by name' });
    fireEvent.change(box, { target: { value: 'zed' } });
    expect(await screen.findByText('No one in your history matches “zed”.')).toBeTruthy();
    fireEvent.change(box, { target: { value: '' } });
    expect(await screen.findByRole('region', { name: 'Recent connections' })).toBeTruthy();
  });

  test('a result opens that person’s timeline', async () => {
    await renderPopup(await storeWithPeople());
    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'kofi' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Kofi Mensah' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kofi Mensah' })).toBeTruthy();
  });
});
