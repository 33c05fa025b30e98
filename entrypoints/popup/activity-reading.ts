import type { WeekActivity } from '@/utils/history/api';

export type ActivityPattern = 'steady' | 'bursts' | 'patchy' | 'quiet';

export interface ActivityReading {
  pattern: ActivityPattern;
  weeks: number;
  activeWeeks: number;
  /** Weeks in a row with activity, up to now. This week still counts as open: an empty one does not break it. */
  streak: number;
  /** Everything sent or done across the weeks. */
  total: number;
  /** The week with the most, and its count (the first such week on a tie). */
  busiest: { weekStart: number; total: number } | undefined;
  /** Follow-ups done across the weeks. */
  followUpsKept: number;
  /** One or two sentences under the chart, every number in it taken from the bars. */
  caption: string;
}

export function weekTotal(week: WeekActivity): number {
  return week.requests + week.messages + week.followUps;
}

/** A burst is a week of at least this many that dwarfs the others. */
const BURST_MIN = 5;
/** "Dwarfs": at least this many times a typical active week. */
const BURST_RATIO = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const weekDate = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

export function formatWeek(weekStart: number): string {
  return weekDate.format(weekStart);
}

/**
 * Reads the weeks the chart draws, from the same numbers. Bursts: one week holds at least
 * BURST_MIN and either half of everything or BURST_RATIO times a typical active week. Steady:
 * active at least two weeks in three, without a burst. Quiet: active at most one week in three.
 * Patchy: the rest.
 */
export function readActivity(weeks: readonly WeekActivity[]): ActivityReading {
  const totals = weeks.map(weekTotal);
  const active = totals.filter((t) => t > 0);
  const total = active.reduce((sum, t) => sum + t, 0);
  const followUpsKept = weeks.reduce((sum, w) => sum + w.followUps, 0);
  let busiest: ActivityReading['busiest'];
  weeks.forEach((week, i) => {
    if (totals[i]! > 0 && totals[i]! > (busiest?.total ?? 0)) busiest = { weekStart: week.weekStart, total: totals[i]! };
  });

  let streak = 0;
  const last = totals.length - 1;
  for (let i = totals[last] === 0 ? last - 1 : last; i >= 0 && totals[i]! > 0; i--) streak++;

  const others = active.length > 1 ? median(active.filter((_, i) => i !== active.indexOf(busiest?.total ?? -1))) : 0;
  const burst =
    busiest !== undefined &&
    busiest.total >= BURST_MIN &&
    (busiest.total * 2 >= total || (others > 0 && busiest.total >= BURST_RATIO * others));
  const n = weeks.length;
  const pattern: ActivityPattern = burst
    ? 'bursts'
    : active.length * 3 >= n * 2
      ? 'steady'
      : active.length * 3 <= n
        ? 'quiet'
        : 'patchy';

  const facts = `Active ${active.length} of the last ${n} weeks, ${streak > 0 ? `a ${streak}-week streak` : 'no current streak'}, ${plural(followUpsKept, 'follow-up')} kept.`;
  const caption = {
    steady: `Steady showing up. ${facts} This is how visibility grows.`,
    bursts: `Mostly in bursts: ${busiest?.total ?? 0} of ${total} in the week of ${busiest ? formatWeek(busiest.weekStart) : ''}. ${facts} A few every week go further.`,
    patchy: `Some weeks on, some off. ${facts} Aim for a little every week.`,
    quiet:
      total === 0
        ? `Quiet: nothing in the last ${n} weeks. One thoughtful note a week is a fine start.`
        : `Quiet. ${facts} One thoughtful note a week is a fine start.`,
  }[pattern];

  return { pattern, weeks: n, activeWeeks: active.length, streak, total, busiest, followUpsKept, caption };
}
