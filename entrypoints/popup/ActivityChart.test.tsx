// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { WeekActivity } from '@/utils/history/api';
import { ActivitySection } from './ActivitySection';
import { readActivity } from './activity-reading';

afterEach(cleanup);

const WEEK = 7 * 24 * 60 * 60 * 1000;
const FIRST = new Date(2026, 8, 7).getTime();

function weeks(requests: number[], followUps: number[] = [], messages: number[] = []): WeekActivity[] {
  return requests.map((r, i) => ({
    weekStart: FIRST + i * WEEK,
    requests: r,
    messages: messages[i] ?? 0,
    followUps: followUps[i] ?? 0,
  }));
}

const FIXTURES = {
  steady: weeks([2, 3, 2, 0, 3, 2, 2, 3, 0, 2, 3, 2], [1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0]),
  // Active most weeks, which alone would read as steady, but one week dwarfs the rest.
  bursty: weeks([1, 1, 0, 1, 1, 1, 1, 30, 1, 1, 1, 1]),
  quiet: weeks([0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0]),
};

function renderChart(data: WeekActivity[]) {
  render(<ActivitySection activity={{ status: 'done', data }} />);
  return screen.getByTestId('activity-chart');
}

/** What the bars show, read back from the rendered chart rather than from the data. */
function barsShown(chart: HTMLElement) {
  const totals = within(chart)
    .getAllByRole('listitem')
    .map((week) => Number(week.getAttribute('data-total')));
  let streak = 0;
  for (let i = totals.at(-1) === 0 ? totals.length - 2 : totals.length - 1; i >= 0 && totals[i]! > 0; i--) streak++;
  return { totals, active: totals.filter((t) => t > 0).length, busiest: Math.max(...totals), streak };
}

describe('the 12-week chart', () => {
  test.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])(
    'the %s fixture: the caption names the pattern and agrees with the bars',
    (name) => {
      const chart = renderChart(FIXTURES[name]);
      const shown = barsShown(chart);
      const caption = screen.getByTestId('activity-caption').textContent!;
      expect(screen.getByRole('figure').getAttribute('data-pattern')).toBe(name === 'bursty' ? 'bursts' : name);
      expect(caption).toMatch({ steady: /^Steady showing up\./, bursty: /^Mostly in bursts: /, quiet: /^Quiet\./ }[name]);
      expect(caption).toContain(`Active ${shown.active} of the last 12 weeks`);
      expect(caption).toContain(shown.streak ? `a ${shown.streak}-week streak` : 'no current streak');
      if (name === 'bursty') expect(caption).toContain(`${shown.busiest} of ${shown.totals.reduce((a, b) => a + b)} in the week of`);
      // The words above the chart are the same numbers.
      const visibility = screen.getByTestId('visibility').textContent!;
      expect(visibility).toContain(`${shown.active} of 12 weeks active`);
      expect(visibility).toContain(`${shown.streak}-week streak`);
    },
  );

  test('the scale is labelled with a round top value at or above the busiest week', () => {
    const chart = renderChart(FIXTURES.bursty);
    const top = Number(chart.querySelector('.chart__scale-top')!.textContent);
    expect(top).toBeGreaterThanOrEqual(barsShown(chart).busiest);
    expect(top).toBe(30);
    expect(Number(chart.getAttribute('data-scale-top'))).toBe(top);
    expect(within(chart).getByRole('list').getAttribute('aria-label')).toContain(`up to ${top}`);
  });

  test('every fourth week is labelled, counting back from this week', () => {
    const chart = renderChart(FIXTURES.steady);
    const labels = [...chart.querySelectorAll('.chart__label')].map((l) => l.textContent).filter(Boolean);
    expect(labels).toEqual(['Sep 28', 'Oct 26', 'This week']);
  });

  test('each week’s count is reachable by keyboard: one tab stop, arrow keys between weeks', () => {
    const chart = renderChart(FIXTURES.bursty);
    const items = within(chart).getAllByRole('listitem');
    expect(items.filter((i) => i.tabIndex === 0)).toEqual([items[11]]);
    items[11]!.focus();
    expect(document.activeElement!.textContent).toContain('This week (Nov 23): 1 in all, 1 request, 0 messages, 0 follow-ups');
    for (let i = 0; i < 4; i++) fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(items[7]);
    expect(items[7]!.textContent).toContain('Week of Oct 26: 30 in all, 30 requests');
    expect(within(items[7]!).getByTestId('week-count').textContent).toBe('30 · Oct 26');
    expect(items[7]!.tabIndex).toBe(0);
    expect(items[11]!.tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(items[11]);
  });

  test('the legend lists only the series that have data', () => {
    renderChart(weeks([1, 2, 0, 1, 1, 2, 0, 1, 1, 1, 2, 1], [0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]));
    expect([...screen.getByTestId('chart-legend').querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      'Requests',
      'Follow-ups',
    ]);
  });

  test('no activity at all: no legend, and a quiet caption', () => {
    renderChart(weeks(Array(12).fill(0)));
    expect(screen.queryByTestId('chart-legend')).toBeNull();
    expect(screen.getByTestId('activity-caption').textContent).toBe(
      'Quiet: nothing in the last 12 weeks. One thoughtful note a week is a fine start.',
    );
  });
});

describe('reading the weeks', () => {
  test.each([
    ['every week a little', weeks(Array(12).fill(1)), 'steady', 12],
    ['half the weeks, evenly', weeks([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]), 'patchy', 1],
    ['one big week', weeks([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30]), 'bursts', 1],
    ['two big weeks', weeks([0, 0, 10, 0, 0, 0, 0, 10, 0, 0, 0, 0]), 'bursts', 0],
    ['high but even', weeks([8, 9, 8, 10, 9, 8, 9, 10, 8, 9, 8, 9]), 'steady', 12],
    ['a few small weeks', weeks([0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0]), 'quiet', 0],
  ])('%s', (_, data, pattern, streak) => {
    const reading = readActivity(data);
    expect(reading.pattern).toBe(pattern);
    expect(reading.streak).toBe(streak);
  });

  test('an empty week so far does not break the streak; an empty last week does', () => {
    expect(readActivity(weeks([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0])).streak).toBe(3);
    expect(readActivity(weeks([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0])).streak).toBe(0);
  });

  test('follow-ups kept are the follow-ups done across the weeks', () => {
    expect(readActivity(FIXTURES.steady).followUpsKept).toBe(7);
  });
});
