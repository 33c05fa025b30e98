// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

async function anaWithThreeTouches() {
  const store = new FakeHistoryStore();
  await recordAll(store, [
    { name: 'Kofi Mensah', at: NOW - 10 * DAY },
    {
      name: 'Ana Souza',
      at: NOW - 9 * DAY,
      note: 'Hi Ana, your talk on focus management was great. I wrote up notes and would be glad to share them.',
      verdict: 'relational',
      rules: ['specific-detail', 'offers-value'],
    },
    {
      name: 'Ana Souza',
      at: NOW - 5 * DAY,
      surface: 'message',
      note: 'Here are the notes!',
      verdict: 'relational',
      rules: ['offers-value'],
    },
    {
      name: 'Ana Souza',
      at: NOW - DAY,
      surface: 'message',
      note: 'Could we do a quick call this week?',
      verdict: 'transactional',
      rules: ['ask-before-give', 'false-urgency'],
    },
  ]);
  return store;
}

async function openPerson(name = 'Ana Souza') {
  const item = (await screen.findAllByTestId('history-item')).find((i) => i.textContent?.includes(name))!;
  const opener = within(item).getByRole('button', { name });
  opener.focus();
  fireEvent.click(opener);
  const timeline = await screen.findByTestId('timeline');
  await within(timeline).findAllByTestId('timeline-touch');
  return { opener, timeline };
}

describe('a contact’s timeline', () => {
  test('lists every touch, what kind, when, the note and how it read, and the give/ask balance', async () => {
    await renderPopup(await anaWithThreeTouches());
    const { timeline } = await openPerson();
    expect(document.activeElement).toBe(within(timeline).getByRole('heading', { name: 'Ana Souza' }));
    const touches = within(timeline).getAllByTestId('timeline-touch');
    expect(touches).toHaveLength(3);
    expect(touches[0]!.textContent).toContain('Message');
    expect(touches[0]!.textContent).toContain('yesterday');
    expect(touches[0]!.textContent).toContain('Could we do a quick call this week?');
    expect(touches[0]!.textContent).toContain('Transactional');
    expect(touches[2]!.textContent).toContain('Connection request');
    expect(touches[2]!.textContent).toContain('Relational');
    expect(within(timeline).getByTestId('give-ask').textContent).toBe('You gave twice and asked once.');
    // The list behind is out of the way, not gone.
    expect(screen.queryByRole('region', { name: 'Recent connections' })).toBeNull();
  });

  test('Back returns to the list with focus on the person opened', async () => {
    await renderPopup(await anaWithThreeTouches());
    const { opener } = await openPerson();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByTestId('timeline')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('Esc anywhere in the timeline goes back too', async () => {
    await renderPopup(await anaWithThreeTouches());
    const { opener, timeline } = await openPerson();
    fireEvent.keyDown(within(timeline).getByRole('textbox', { name: 'How we met' }), { key: 'Escape' });
    expect(screen.queryByTestId('timeline')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  test('stage actions follow the stage: accepted, then replied, then none; the list shows it on return', async () => {
    const store = await anaWithThreeTouches();
    await renderPopup(store);
    const { timeline } = await openPerson('Kofi Mensah');
    const actions = () => within(timeline).queryAllByRole('button', { name: /^Mark / }).map((b) => b.textContent);
    expect(within(timeline).getByTestId('stage').textContent).toBe('Stage: Requested');
    expect(actions()).toEqual(['Mark accepted']);

    fireEvent.click(within(timeline).getByRole('button', { name: 'Mark accepted' }));
    expect(await within(timeline).findByText('Connected')).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('Marked as accepted: Kofi Mensah');
    expect(actions()).toEqual(['Mark replied']);
    expect(document.activeElement).toBe(within(timeline).getByTestId('stage'));

    fireEvent.click(within(timeline).getByRole('button', { name: 'Mark replied' }));
    expect(await within(timeline).findByText('In conversation')).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('Marked as replied: Kofi Mensah');
    expect((await store.contact('linkedin.com/in/kofi-mensah'))?.stage).toBe('conversing');
    expect(actions()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const kofi = screen.getAllByTestId('history-item').find((i) => i.textContent?.includes('Kofi Mensah'))!;
    expect(kofi.textContent).toContain('In conversation');
  });

  test('someone already in conversation is offered no "Mark accepted"', async () => {
    const store = await anaWithThreeTouches();
    await recordAll(store, [{ name: 'Lena Park', at: NOW - DAY, surface: 'message', note: 'Thanks for the intro!' }]);
    await renderPopup(store);
    const { timeline } = await openPerson('Lena Park');
    expect(within(timeline).getByTestId('stage').textContent).toBe('Stage: In conversation');
    expect(within(timeline).queryByRole('button', { name: 'Mark accepted' })).toBeNull();
    expect(within(timeline).queryByRole('button', { name: 'Mark replied' })).toBeNull();
  });

  test('how we met is saved with the contact', async () => {
    const store = await anaWithThreeTouches();
    await renderPopup(store);
    const { timeline } = await openPerson();
    fireEvent.change(within(timeline).getByRole('textbox', { name: 'How we met' }), {
      target: { value: 'Met at JSConf, after her talk.' },
    });
    fireEvent.click(within(timeline).getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('Saved how you met')).toBeTruthy();
    expect((await store.contact('linkedin.com/in/ana-souza'))?.howWeMet).toBe(
      'Met at JSConf, after her talk.',
    );
  });
});
