// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { WeekActivity } from '@/utils/history/api';
import { ActivitySection } from './ActivitySection';
import { readActivity } from './activity-reading';

afterEach(cleanup);

const WEEK = 7 * 24 * 60 * 60 * 1000;
const FIRST = new Date(2026, 8, 7).getTime();

function weeks(requests: number[], followUps: number[] = []): WeekActivity[] {
  return requests.map((r, i) => ({
    weekStart: FIRST + i * WEEK,
    requests: r,
    messages: 0,
    followUps: followUps[i] ?? 0,
  }));
}

const steady = weeks([2, 3, 2, 0, 3, 2, 2, 3, 0, 2, 3, 2], [1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0]);
const bursty = weeks([0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 9, 0]);

function renderChart(data: WeekActivity[]) {
  render(<ActivitySection activity={{ status: 'done', data }} />);
  return screen.getByRole('img');
}

describe('the 12-week chart', () => {
  test('a steady history reads as steady, in the chart’s text alternative and under it', () => {
    const chart = renderChart(steady);
    expect(chart.getAttribute('aria-label')).toBe(
      'Active 10 of the last 12 weeks; busiest week 3 requests. Steady showing up.',
    );
    expect(screen.getByText('Steady showing up: this is how visibility grows.')).toBeTruthy();
  });

  test('a bursty history reads as bursts', () => {
    const chart = renderChart(bursty);
    expect(chart.getAttribute('aria-label')).toBe(
      'Active 2 of the last 12 weeks; busiest week 14 requests. Mostly in bursts.',
    );
    expect(screen.getByText('Mostly in bursts: a few notes every week go further.')).toBeTruthy();
  });

  test('draws one stacked bar per active week and highlights this week', () => {
    const chart = renderChart(steady);
    expect(chart.querySelectorAll('rect.chart-requests')).toHaveLength(10);
    expect(chart.querySelectorAll('rect.chart-follow-ups')).toHaveLength(7);
    expect(chart.querySelectorAll('rect.chart-empty')).toHaveLength(2);
    expect(chart.querySelector('rect.chart-current')).not.toBeNull();
    expect(within(chart).getByText('This week')).toBeTruthy();
  });

  test('every number is in a table for screen readers, this week named', () => {
    renderChart(bursty);
    const table = screen.getByRole('table', { name: /Activity by week/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[4]!.textContent).toBe('Sep 281400');
    expect(rows[12]!.textContent).toMatch(/^This week \(Nov 23\)000$/);
  });
});

describe('reading the weeks', () => {
  test.each([
    ['nothing at all', weeks(Array(12).fill(0)), 'none', 'No activity in the last 12 weeks.'],
    [
      'every week a little',
      weeks(Array(12).fill(1)),
      'steady',
      'Active 12 of the last 12 weeks; busiest week 1 request. Steady showing up.',
    ],
    [
      'half the weeks, evenly',
      weeks([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]),
      'patchy',
      'Active 6 of the last 12 weeks; busiest week 1 request. Some weeks on, some off.',
    ],
    [
      'one big week',
      weeks([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30]),
      'bursts',
      'Active 1 of the last 12 weeks; busiest week 30 requests. Mostly in bursts.',
    ],
  ])('%s', (_, data, pattern, summary) => {
    const reading = readActivity(data);
    expect(reading.pattern).toBe(pattern);
    expect(reading.summary).toBe(summary);
  });
});
