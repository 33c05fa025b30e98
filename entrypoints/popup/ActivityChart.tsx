import { useRef, useState, type KeyboardEvent } from 'react';
import type { WeekActivity } from '@/utils/history/api';
import { formatWeek, weekTotal } from './activity-reading';

// Bars in HTML and CSS rather than a chart package: twelve stacked bars are a few dozen lines, cost
// the popup no dependency, and each week is a real list item a keyboard can reach (one tab stop,
// arrow keys between weeks) whose count shows on hover and focus.

export const SERIES = [
  { key: 'requests', label: 'Requests', one: 'request', many: 'requests', className: 'chart-requests' },
  { key: 'messages', label: 'Messages', one: 'message', many: 'messages', className: 'chart-messages' },
  { key: 'followUps', label: 'Follow-ups', one: 'follow-up', many: 'follow-ups', className: 'chart-follow-ups' },
] as const;

/** The top of the scale: the busiest week rounded up to a number that reads cleanly, at least 4. */
export function scaleTop(weeks: readonly WeekActivity[]): number {
  const most = Math.max(4, ...weeks.map(weekTotal));
  const step = most <= 10 ? 2 : most <= 50 ? 5 : 10 ** Math.floor(Math.log10(most));
  return Math.ceil(most / step) * step;
}

/** Every fourth week is labelled, counting back from this week, so labels never crowd. */
const LABEL_EVERY = 4;

export function weekName(week: WeekActivity, current: boolean): string {
  return current ? `This week (${formatWeek(week.weekStart)})` : `Week of ${formatWeek(week.weekStart)}`;
}

export function describeWeek(week: WeekActivity, current: boolean): string {
  const parts = SERIES.map((s) => `${week[s.key]} ${week[s.key] === 1 ? s.one : s.many}`);
  return `${weekName(week, current)}: ${weekTotal(week)} in all, ${parts.join(', ')}`;
}

export function ActivityChart({ weeks }: { weeks: WeekActivity[] }) {
  const top = scaleTop(weeks);
  const last = weeks.length - 1;
  const [active, setActive] = useState(last);
  const items = useRef<(HTMLLIElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const next = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.min(last, Math.max(0, next));
    setActive(target);
    items.current[target]?.focus();
  };

  return (
    <div className="chart" data-testid="activity-chart" data-scale-top={top}>
      <div className="chart__scale" aria-hidden="true">
        <span className="chart__scale-top">{top}</span>
        <span>0</span>
      </div>
      <ol className="chart__weeks" aria-label={`Activity by week, oldest first; the scale goes up to ${top}`}>
        {weeks.map((week, i) => {
          const total = weekTotal(week);
          const labelled = (last - i) % LABEL_EVERY === 0;
          return (
            <li
              key={week.weekStart}
              ref={(element) => {
                items.current[i] = element;
              }}
              className={`chart__week${i === last ? ' chart__week--current' : ''}${i < 3 ? ' chart__week--start' : ''}${i > last - 3 ? ' chart__week--end' : ''}`}
              tabIndex={i === active ? 0 : -1}
              data-total={total}
              onFocus={() => setActive(i)}
              onKeyDown={(event) => onKeyDown(event, i)}
            >
              <span className="visually-hidden">{describeWeek(week, i === last)}</span>
              <span className="chart__plot" aria-hidden="true">
                <span className="chart__bar" style={{ height: `${(total / top) * 100}%` }}>
                  {SERIES.map(({ key, className }) =>
                    week[key] > 0 ? <span key={key} className={`chart__segment ${className}`} style={{ flexGrow: week[key] }} /> : null,
                  )}
                </span>
                <span className="chart__tip" data-testid="week-count">
                  <strong>{total}</strong> · {i === last ? 'this week' : formatWeek(week.weekStart)}
                </span>
              </span>
              <span className="chart__label" aria-hidden="true">
                {labelled ? (i === last ? 'This week' : formatWeek(week.weekStart)) : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
