// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, openFollowUps, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

// Accepting an invitation plans a follow-up a week later.
async function twoFollowUpsDue() {
  const store = new FakeHistoryStore();
  await recordAll(store, [
    { name: 'Ana Souza', at: NOW - 12 * DAY },
    { name: 'Kofi Mensah', at: NOW - 12 * DAY },
    { name: 'Mei Tanaka', at: NOW - 12 * DAY },
  ]);
  await store.setStage('linkedin.com/in/ana-souza', 'connected', NOW - 10 * DAY);
  await store.setStage('linkedin.com/in/kofi-mensah', 'connected', NOW - 8 * DAY);
  await store.setStage('linkedin.com/in/mei-tanaka', 'connected', NOW - DAY);
  return store;
}

function followUps() {
  return screen.getByRole('region', { name: 'Follow-ups due' });
}

describe('follow-ups due', () => {
  test('lists who is due, most overdue first, with a profile link that opens a new tab', async () => {
    await renderPopup(await twoFollowUpsDue());
    const items = await within(await openFollowUps()).findAllByTestId(
      'follow-up',
    );
    expect(items.map((i) => i.querySelector('.contact-opener')?.textContent)).toEqual([
      'Ana Souza',
      'Kofi Mensah',
    ]);
    expect(items[0]!.textContent).toContain('due 3 days ago');
    const link = within(items[0]!).getByRole('link', { name: /Open profile of Ana Souza/ });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/ana-souza/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  test('Done records the follow-up, says so, counts it this week and moves focus to the next', async () => {
    const store = await twoFollowUpsDue();
    const markDone = vi.spyOn(store, 'markFollowUpDone');
    await renderPopup(store);
    await openFollowUps();
    const done = await within(followUps()).findByRole('button', { name: 'Done following up with Ana Souza' });
    fireEvent.click(done);
    expect(await screen.findByText('Marked done: Ana Souza')).toBeTruthy();
    expect(markDone).toHaveBeenCalledWith('linkedin.com/in/ana-souza', NOW);
    expect(within(followUps()).queryByText('Ana Souza')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Done following up with Kofi Mensah');
    const week = await screen.findByRole('region', { name: 'This week at a glance' });
    expect(
      (await within(week).findByRole('progressbar', { name: 'Follow-ups done this week' })).getAttribute(
        'aria-valuenow',
      ),
    ).toBe('1');
  });

  test('Snooze puts the follow-up off three days', async () => {
    const store = await twoFollowUpsDue();
    await renderPopup(store);
    await openFollowUps();
    fireEvent.click(
      await within(followUps()).findByRole('button', { name: 'Snooze 3 days for Kofi Mensah' }),
    );
    expect(await screen.findByText('Snoozed for 3 days: Kofi Mensah')).toBeTruthy();
    expect((await store.contact('linkedin.com/in/kofi-mensah'))?.nextFollowUpAt).toBe(NOW + 3 * DAY);
    expect(within(followUps()).queryByText('Kofi Mensah')).toBeNull();
  });

  test('when the last one is handled, focus lands on the heading and the section says nothing is due', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Ana Souza', at: NOW - 10 * DAY }]);
    await store.setStage('linkedin.com/in/ana-souza', 'connected', NOW - 9 * DAY);
    await renderPopup(store);
    await openFollowUps();
    fireEvent.click(await within(followUps()).findByRole('button', { name: /^Done/ }));
    expect(await within(followUps()).findByText(/Nothing due/)).toBeTruthy();
    expect(document.activeElement).toBe(within(followUps()).getByRole('heading'));
  });

  test('a failure to save says what did not happen and keeps the item', async () => {
    const store = await twoFollowUpsDue();
    const full = Object.assign(new Error('quota'), { name: 'StorageFullError' });
    vi.spyOn(store, 'markFollowUpDone').mockRejectedValue(full);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderPopup(store);
    await openFollowUps();
    fireEvent.click(
      await within(followUps()).findByRole('button', { name: 'Done following up with Ana Souza' }),
    );
    const alert = await within(followUps()).findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not mark the follow-up done: .*storage is full/);
    expect(within(followUps()).getByText('Ana Souza')).toBeTruthy();
  });

  test('three at a time; the rest a keypress away, with focus on the first one revealed', async () => {
    const store = new FakeHistoryStore();
    const names = ['Ana Souza', 'Kofi Mensah', 'Mei Tanaka', 'Lucas Pereira', 'Priya Raman'];
    await recordAll(
      store,
      names.map((name) => ({ name, at: NOW - 20 * DAY })),
    );
    for (const [i, name] of names.entries()) {
      await store.setStage(
        `linkedin.com/in/${name.toLowerCase().replace(' ', '-')}`,
        'connected',
        NOW - (12 - i) * DAY,
      );
    }
    await renderPopup(store);
    await openFollowUps();
    expect(await within(followUps()).findAllByTestId('follow-up')).toHaveLength(3);
    fireEvent.click(within(followUps()).getByRole('button', { name: 'Show 2 more due' }));
    expect(within(followUps()).getAllByTestId('follow-up')).toHaveLength(5);
    expect(document.activeElement?.textContent).toBe('Done following up with Lucas Pereira');
  });
});
