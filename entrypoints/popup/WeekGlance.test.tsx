// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { WeekSummary } from '@/utils/history/api';
import { WeekGlance } from './WeekGlance';

afterEach(cleanup);

const summary: WeekSummary = {
  weekStart: 0,
  requests: 4,
  requestsWithNote: 3,
  relationalNotes: 2,
  followUpsDone: 1,
};

describe('this week at a glance', () => {
  test('counts the week, and measures it against suggested goals until the person sets theirs', () => {
    render(<WeekGlance week={{ status: 'done', data: summary }} />);
    expect(screen.getByText('requests sent', { exact: false }).textContent).toBe('4 requests sent');
    expect(screen.getByText('with a personal note', { exact: false }).textContent).toBe(
      '75% with a personal note',
    );
    expect(screen.getByText('read as relational', { exact: false }).textContent).toBe('2 read as relational');
    const notes = screen.getByRole('progressbar', { name: 'Personal notes this week' });
    expect(notes.getAttribute('aria-valuetext')).toBe('3 of 5, suggested: 5 a week');
    expect(
      screen.getByRole('progressbar', { name: 'Follow-ups done this week' }).getAttribute('aria-valuetext'),
    ).toBe('1 of 3, suggested: 3 a week');
    expect(screen.queryByText(/your goal/)).toBeNull();
  });

  test('says “your goal” for goals the person set', () => {
    render(
      <WeekGlance
        week={{ status: 'done', data: summary }}
        goals={{ personalNotesPerWeek: 3, followUpsPerWeek: 2 }}
      />,
    );
    const notes = screen.getByRole('progressbar', { name: 'Personal notes this week' });
    expect(notes.getAttribute('aria-valuetext')).toBe('3 of 3, your goal: 3 a week');
    expect(screen.getAllByText(/your goal/)).toHaveLength(2);
  });
});
