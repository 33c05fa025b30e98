import type { WeekActivity } from '@/utils/history/api';

export type ActivityPattern = 'none' | 'steady' | 'bursts' | 'patchy';

export interface ActivityReading {
  pattern: ActivityPattern;
  activeWeeks: number;
  /** The most requests sent in any one week. */
  busiestRequests: number;
  /** One sentence for the chart's text alternative. */
  summary: string;
  /** A few words under the chart: what the shape means for showing up. */
  headline: string;
}

export function weekTotal(week: WeekActivity): number {
  return week.requests + week.messages + week.followUps;
}

const HEADLINES: Record<ActivityPattern, string> = {
  none: 'Nothing yet: one thoughtful note a week is a fine start.',
  steady: 'Steady showing up: this is how visibility grows.',
  bursts: 'Mostly in bursts: a few notes every week go further.',
  patchy: 'Some weeks on, some off: aim for a little every week.',
};

/**
 * Reads the weeks as steady or bursty. Steady: active at least two weeks in three. Bursts: few
 * active weeks and one of them holding half of everything sent.
 */
export function readActivity(weeks: WeekActivity[]): ActivityReading {
  const activeWeeks = weeks.filter((w) => weekTotal(w) > 0).length;
  const total = weeks.reduce((sum, w) => sum + weekTotal(w), 0);
  const busiestTotal = Math.max(0, ...weeks.map(weekTotal));
  const busiestRequests = Math.max(0, ...weeks.map((w) => w.requests));
  const pattern: ActivityPattern =
    total === 0
      ? 'none'
      : activeWeeks * 3 >= weeks.length * 2
        ? 'steady'
        : activeWeeks * 3 <= weeks.length && busiestTotal * 2 >= total
          ? 'bursts'
          : 'patchy';
  const summary =
    pattern === 'none'
      ? `No activity in the last ${weeks.length} weeks.`
      : `Active ${activeWeeks} of the last ${weeks.length} weeks; busiest week ${busiestRequests} ${busiestRequests === 1 ? 'request' : 'requests'}. ${HEADLINES[pattern].split(':')[0]}.`;
  return { pattern, activeWeeks, busiestRequests, summary, headline: HEADLINES[pattern] };
}
