// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

describe('recent connections', () => {
  test('newest first, with who, when, the note’s first words, how it read and the stage', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [
      {
        name: 'Tom Becker',
        at: NOW - 3 * DAY,
        note: 'Any openings on your team? I need a job ASAP.',
        verdict: 'transactional',
        headline: 'Recruiter',
      },
      { name: 'Lucas Pereira', at: NOW - 2 * DAY, note: null },
      { name: 'Priya Raman', at: NOW - DAY, note: 'Hi Priya, we met in Berlin.', verdict: 'needs-work' },
      {
        name: 'Ana Souza',
        at: NOW - 2 * 60 * 60 * 1000,
        note: 'Hi Ana, your talk on focus management changed how our team builds dialogs.',
        verdict: 'relational',
      },
    ]);
    await renderPopup(store);
    const items = await screen.findAllByTestId('history-item');
    expect(items.map((item) => within(item).getByRole('button').textContent)).toEqual([
      'Ana Souza',
      'Priya Raman',
      'Lucas Pereira',
      'Tom Becker',
    ]);
    const [ana, priya, lucas, tom] = items as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(ana.textContent).toContain('2 hours ago');
    expect(ana.textContent).toContain('“Hi Ana, your talk on focus management');
    expect(ana.textContent).toContain('Relational');
    expect(ana.textContent).toContain('Requested');
    expect(priya.textContent).toContain('yesterday');
    expect(priya.textContent).toContain('Nearly there');
    expect(lucas.textContent).toContain('No note');
    expect(tom.textContent).toContain('Transactional');
    expect(tom.textContent).toContain('Recruiter');
  });

  test('Show more pages back twenty at a time and disappears at the end', async () => {
    const store = new FakeHistoryStore();
    await recordAll(
      store,
      Array.from({ length: 45 }, (_, i) => ({
        name: `Person ${String(i).padStart(2, '0')}`,
        at: NOW - (45 - i) * 60 * 60 * 1000,
      })),
    );
    const recent = vi.spyOn(store, 'recentTouches');
    await renderPopup(store);
    expect(await screen.findAllByTestId('history-item')).toHaveLength(20);
    expect(screen.queryByText('Person 24')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Person 24')).toBeTruthy();
    expect(screen.getAllByTestId('history-item')).toHaveLength(40);
    expect(recent).toHaveBeenLastCalledWith(20, NOW - 20 * 60 * 60 * 1000);
    expect(await screen.findByText('20 more shown')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Person 00')).toBeTruthy();
    expect(screen.getAllByTestId('history-item')).toHaveLength(45);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
