// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { paintFirstRows } from './first-rows';
import { Popup } from './Popup';
import { renderPopup } from './render';
import { FakeHistoryStore } from './testing/fake-store';
import { NOW } from './testing/render-popup';
import { seedSampleHistory } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({
  ask: vi.fn(async () => ({ ok: true, type: 'from-background:pong', name: 'Cultivate', version: '0.1.0' })),
}));

/** Roots renderPopup made, unmounted after each test: their timers must not outlive the page. */
const roots: Root[] = [];

afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  cleanup();
  document.body.replaceChildren();
});

async function sampleHistory() {
  const store = new FakeHistoryStore();
  await seedSampleHistory(store, NOW);
  return { store, people: await store.recentPeople(20) };
}

/** The popup's shell as popup.html has it, before any script runs. */
function shell(): { root: HTMLElement; main: HTMLElement } {
  const root = document.createElement('div');
  const main = document.createElement('main');
  main.className = 'popup__main';
  main.textContent = 'Opening your history…';
  root.append(main);
  document.body.append(root);
  return { root, main };
}

describe('the first rows, painted before React loads', () => {
  test('are the rows React renders for the same people, in its first pass, with nothing loading in between', async () => {
    const { store, people } = await sampleHistory();
    const { main } = shell();
    expect(paintFirstRows(main, people, NOW)).toBeDefined();
    const painted = main.querySelector('ul.people__list');
    expect(painted?.querySelectorAll('[data-testid="history-item"]')).toHaveLength(20);
    expect(within(main).getByRole('heading', { name: 'Recent connections' })).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Ana Souza' })).toBeTruthy();
    expect(within(main).getByRole('searchbox', { name: 'Search by name' })).toBeTruthy();

    // React's first render, synchronous: the rows are there at once, markup for markup.
    const { container } = render(<Popup store={Promise.resolve(store)} ready={{ store, people }} now={() => NOW} />);
    expect(screen.queryByText('Opening your history…', { selector: '.popup__main *' })).toBeNull();
    const rendered = container.querySelector('ul.people__list');
    expect(rendered?.outerHTML).toBe(painted?.outerHTML);
  });

  test('paints nothing for an empty history (the empty state is React’s)', () => {
    const { main } = shell();
    expect(paintFirstRows(main, [], NOW)).toBeUndefined();
    expect(main.textContent).toBe('Opening your history…');
  });

  test('a person clicked before React loaded opens once it has', async () => {
    const { store, people } = await sampleHistory();
    const { root, main } = shell();
    const painted = paintFirstRows(main, people, Date.now())!;
    const early = within(main).getByRole('button', { name: people[1]!.contact.name });
    early.focus();
    early.click();

    await act(async () => {
      roots.push(renderPopup(root, Promise.resolve(store), Promise.resolve(people), { ready: { store, people }, onShown: () => painted.takeOver() }));
    });
    expect(early.isConnected).toBe(false);
    const timeline = await screen.findByTestId('timeline');
    expect(timeline.textContent).toContain(people[1]!.contact.name);
  });

  test('the search field focused before React loaded is focused again after', async () => {
    const { store, people } = await sampleHistory();
    const { root, main } = shell();
    const painted = paintFirstRows(main, people, Date.now())!;
    const early = within(main).getByRole('searchbox', { name: 'Search by name' });
    early.focus();

    await act(async () => {
      roots.push(renderPopup(root, Promise.resolve(store), Promise.resolve(people), { ready: { store, people }, onShown: () => painted.takeOver() }));
    });
    const field = screen.getByRole('searchbox', { name: 'Search by name' });
    expect(field).not.toBe(early);
    expect(document.activeElement).toBe(field);
  });
});
