// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, openFollowUps, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

const HOUR = 60 * 60 * 1000;

function rowName(row: HTMLElement) {
  return within(row).getByRole('button').textContent;
}

// Rendering forty-five rows twice takes seconds on a loaded machine; the timeout is not a measure.
describe('the first screen: people', { timeout: 15_000 }, () => {
  test('one row per person, newest first, with their latest touch, how the last note read, the stage and when', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [
      { name: 'Tom Becker', at: NOW - 3 * DAY, note: 'Any openings on your team? I need a job ASAP.', verdict: 'transactional' },
      { name: 'Ana Souza', at: NOW - 2 * DAY, note: 'Hi Ana, first note about your talk.', verdict: 'needs-work' },
      { name: 'Lucas Pereira', at: NOW - DAY - HOUR, note: null },
      { name: 'Priya Raman', at: NOW - DAY, note: 'Hi Priya, we met in Berlin.', verdict: 'needs-work' },
      {
        name: 'Ana Souza',
        at: NOW - 2 * HOUR,
        surface: 'message',
        note: 'Here are the notes I promised on focus management.',
        verdict: 'relational',
      },
    ]);
    await renderPopup(store);
    const rows = await screen.findAllByTestId('history-item');
    expect(rows.map(rowName)).toEqual(['Ana Souza', 'Priya Raman', 'Lucas Pereira', 'Tom Becker']);
    const [ana, priya, lucas, tom] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(within(ana).getByTestId('latest-touch').textContent).toBe('Message: “Here are the notes I promised on focus management.”');
    expect(ana.textContent).toContain('2 hours ago');
    expect(ana.textContent).toContain('Relational');
    expect(ana.textContent).toContain('In conversation');
    expect(ana.textContent).not.toContain('first note');
    expect(priya.textContent).toContain('yesterday');
    expect(priya.textContent).toContain('Nearly there');
    expect(priya.textContent).toContain('Requested');
    expect(within(lucas).getByTestId('latest-touch').textContent).toBe('Connection request, no note');
    expect(lucas.textContent).toContain('No note');
    expect(tom.textContent).toContain('Transactional');
  });

  test('after a follow-up marked done, the row says so and still shows how the last note read', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Kofi Mensah', at: NOW - 9 * DAY, note: 'Could we do a quick call?', verdict: 'transactional' }]);
    await store.markFollowUpDone('linkedin.com/in/kofi-mensah', NOW - HOUR);
    await renderPopup(store);
    const [kofi] = await screen.findAllByTestId('history-item');
    expect(within(kofi!).getByTestId('latest-touch').textContent).toBe('Follow-up done');
    expect(kofi!.textContent).toContain('1 hour ago');
    expect(kofi!.textContent).toContain('Transactional');
  });

  test('follow-ups due are one line above the people, and open in place', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [
      { name: 'Ana Souza', at: NOW - 12 * DAY },
      { name: 'Kofi Mensah', at: NOW - 12 * DAY },
      { name: 'Mei Tanaka', at: NOW - 2 * DAY },
    ]);
    await store.setStage('linkedin.com/in/ana-souza', 'connected', NOW - 10 * DAY);
    await store.setStage('linkedin.com/in/kofi-mensah', 'connected', NOW - 8 * DAY);
    await renderPopup(store);
    const line = await screen.findByRole('button', { name: '2 follow-ups due' });
    const firstRow = (await screen.findAllByTestId('history-item'))[0]!;
    expect(line.compareDocumentPosition(firstRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryAllByTestId('follow-up')).toHaveLength(0);
    expect(line.getAttribute('aria-expanded')).toBe('false');

    const region = await openFollowUps();
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect((await within(region).findAllByTestId('follow-up')).map((i) => i.querySelector('.contact-opener')?.textContent)).toEqual([
      'Ana Souza',
      'Kofi Mensah',
    ]);
    fireEvent.click(within(region).getByRole('button', { name: 'Done following up with Ana Souza' }));
    expect(await screen.findByRole('button', { name: '1 follow-up due' })).toBeTruthy();
  });

  test('with nothing due, the line says so in words and is not a button', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Ana Souza', at: NOW - DAY }]);
    await renderPopup(store);
    expect(await screen.findByText('No follow-ups due')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /follow-ups? due/ })).toBeNull();
  });

  test('Show more pages back twenty people at a time and disappears at the end', async () => {
    const store = new FakeHistoryStore();
    await recordAll(
      store,
      Array.from({ length: 45 }, (_, i) => ({ name: `Person ${String(i).padStart(2, '0')}`, at: NOW - (45 - i) * HOUR })),
    );
    const people = vi.spyOn(store, 'recentPeople');
    await renderPopup(store);
    expect(await screen.findAllByTestId('history-item')).toHaveLength(20);
    expect(screen.queryByText('Person 24')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show more people' }));
    expect(await screen.findByText('Person 24')).toBeTruthy();
    expect(screen.getAllByTestId('history-item')).toHaveLength(40);
    expect(people).toHaveBeenLastCalledWith(20, NOW - 20 * HOUR);
    expect(await screen.findByText('20 more people shown')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show more people' }));
    expect(await screen.findByText('Person 00')).toBeTruthy();
    expect(screen.getAllByTestId('history-item')).toHaveLength(45);
    expect(screen.queryByRole('button', { name: 'Show more people' })).toBeNull();
  });

  test('search is one keystroke away: a letter typed on the home screen lands in the search box', async () => {
    const store = new FakeHistoryStore();
    await recordAll(store, [{ name: 'Ana Souza', at: NOW - DAY }]);
    await renderPopup(store);
    await screen.findAllByTestId('history-item');
    const search = screen.getByRole('searchbox', { name: 'Search by name' });
    expect(document.activeElement).not.toBe(search);
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(document.activeElement).toBe(search);

    search.blur();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);

    // Keys meant for a control stay with it.
    const opener = screen.getByRole('button', { name: 'Ana Souza' });
    opener.focus();
    fireEvent.keyDown(opener, { key: 'a' });
    expect(document.activeElement).toBe(opener);
  });
});
