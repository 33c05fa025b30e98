// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { JourneyAside, type JourneyAsideProps } from '@/components/relationship-memory/JourneyAside';
import { personClicks } from '@/tests/unit/as-the-person';

// Each test is a fresh page: the module, and the import it remembers, are loaded anew.
let LazyJourneyAside: typeof import('./journey-aside-loader').LazyJourneyAside;
let loadJourneyAside: typeof import('./journey-aside-loader').loadJourneyAside;

// The memory line and the follow-up starters come apart from the coaching UI, once per page, the
// first time a draft is for someone already in the history. Until they arrive, and if they never
// do, the panel goes on without them.

beforeEach(async () => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  vi.resetModules();
  ({ LazyJourneyAside, loadJourneyAside } = await import('./journey-aside-loader'));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 11, 5, 10, 0).getTime();
const props = (onChooseStarter: (starter: string) => void): JourneyAsideProps => ({
  known: {
    at: NOW,
    contact: { name: 'Wei Zhang', stage: 'connected', firstContactAt: NOW - 6 * DAY, lastTouchAt: NOW - 6 * DAY, connectedAt: NOW - 2 * DAY },
    last: { kind: 'invitation', at: NOW - 6 * DAY, note: 'Hi Wei… Happy to share my dataset.', verdict: 'relational' },
    offered: 'Happy to share my dataset',
    asked: undefined,
    followUpDue: false,
    firstMessageAfterAcceptance: true,
  },
  surface: 'message',
  recipient: { firstName: 'Wei' },
  text: '',
  theme: 'light',
  onChooseStarter,
});

test('the module’s default export is the aside', async () => {
  await expect(loadJourneyAside(async () => ({ default: JourneyAside }))).resolves.toBe(JourneyAside);
});

test('nothing shows until the module arrives; then the memory line, and the person’s own click chooses a starter', async () => {
  let arrive: (module: unknown) => void = () => undefined;
  void loadJourneyAside(() => new Promise((resolve) => (arrive = resolve)));
  const chosen: string[] = [];
  const { container } = render(<LazyJourneyAside {...props((starter) => chosen.push(starter))} />);
  expect(container.textContent).toBe('');

  await act(async () => arrive({ default: JourneyAside }));
  expect(screen.getByRole('complementary', { name: 'What you know of Wei' }).textContent).toContain('Wei accepted your invitation 2 days ago.');
  const [first] = screen.getAllByRole('button');
  fireEvent.click(first!);
  expect(chosen).toEqual([]);
  personClicks(first!);
  expect(chosen).toEqual([first!.textContent]);
});

test('when the module never comes, the aside stays empty', async () => {
  void loadJourneyAside(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  const { container } = render(<LazyJourneyAside {...props(() => undefined)} />);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(container.textContent).toBe('');
});
