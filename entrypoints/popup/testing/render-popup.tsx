import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import type { HistoryStore } from '@/utils/history/api';
import type { WeeklyGoals } from '../goals';
import { Popup } from '../Popup';

// The real store runs on fake-indexeddb, whose every request is a macrotask: on a busy machine a
// whole section can take over a second. Waiting longer costs nothing when things are quick.
configure({ asyncUtilTimeout: 5_000 });

/** Wednesday 25 November 2026, noon, local time: mid-week, so "this week" has a before and an after. */
export const NOW = new Date(2026, 10, 25, 12, 0).getTime();
export const DAY = 24 * 60 * 60 * 1000;

/** Renders and lets the store's promise settle: React 19 resumes a suspended `use()` only inside an awaited act. */
export async function renderPopup(store: HistoryStore | Promise<HistoryStore>, goals?: WeeklyGoals) {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<Popup store={Promise.resolve(store)} now={() => NOW} goals={goals} />);
  });
  return result!;
}

/** Opens the follow-ups list from the line above the people ("2 follow-ups due") and returns its region. */
export async function openFollowUps(): Promise<HTMLElement> {
  const toggle = await screen.findByRole('button', { name: /\d+ follow-ups? due/ });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return screen.findByRole('region', { name: 'Follow-ups due' });
}
