import type { WeekActivity } from '@/utils/history/api';
import { ActivityChart, formatWeek, SERIES } from './ActivityChart';
import { readActivity } from './activity-reading';
import { ErrorAlert } from './ErrorAlert';
import type { Query } from './use-query';

export const ACTIVITY_WEEKS = 12;

export function ActivitySection({ activity }: { activity: Query<WeekActivity[]> }) {
  return (
    <section className="panel" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Showing up, last {ACTIVITY_WEEKS} weeks</h2>
      {activity.status === 'loading' && <p className="muted">Loading…</p>}
      {activity.status === 'failed' && <ErrorAlert error={activity.error} />}
      {activity.status === 'done' && <ActivityFigure weeks={activity.data} />}
    </section>
  );
}

function ActivityFigure({ weeks }: { weeks: WeekActivity[] }) {
  const reading = readActivity(weeks);
  return (
    <figure className="activity" data-pattern={reading.pattern}>
      <ActivityChart weeks={weeks} summary={reading.summary} />
      <ul className="chart-legend" aria-hidden="true">
        {SERIES.map(({ key, label, className }) => (
          <li key={key}>
            <svg width="10" height="10" viewBox="0 0 10 10">
              <rect className={className} width="10" height="10" rx="2" />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <figcaption>{reading.headline}</figcaption>
      {/* The wrapper hides the table: overflow and clip do not apply to a table box itself. */}
      <div className="visually-hidden">
        <table>
          <caption>Activity by week, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {SERIES.map(({ key, label }) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  {i === weeks.length - 1
                    ? `This week (${formatWeek(week.weekStart)})`
                    : formatWeek(week.weekStart)}
                </th>
                {SERIES.map(({ key }) => (
                  <td key={key}>{week[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
