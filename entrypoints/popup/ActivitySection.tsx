import type { WeekActivity } from '@/utils/history/api';
import { ActivityChart, SERIES } from './ActivityChart';
import { readActivity } from './activity-reading';
import { ErrorAlert } from './ErrorAlert';
import type { Query } from './use-query';

export const ACTIVITY_WEEKS = 12;

/** Visibility is a matter of weeks: the weeks with activity, the streak, the follow-ups kept, and the bars they come from. */
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
  const withData = SERIES.filter(({ key }) => weeks.some((week) => week[key] > 0));
  return (
    <figure className="activity" data-pattern={reading.pattern} aria-labelledby="activity-caption">
      <ul className="visibility" data-testid="visibility">
        <li>
          <strong>{reading.activeWeeks}</strong> of {reading.weeks} weeks active
        </li>
        <li>
          <strong>{reading.streak}</strong>-week streak
        </li>
        <li>
          <strong>{reading.followUpsKept}</strong> {reading.followUpsKept === 1 ? 'follow-up' : 'follow-ups'} kept
        </li>
      </ul>
      <ActivityChart weeks={weeks} />
      {withData.length > 0 && (
        <ul className="chart-legend" aria-hidden="true" data-testid="chart-legend">
          {withData.map(({ key, label, className }) => (
            <li key={key}>
              <span className={`chart-legend__swatch ${className}`} />
              {label}
            </li>
          ))}
        </ul>
      )}
      <figcaption id="activity-caption" data-testid="activity-caption">
        {reading.caption}
      </figcaption>
    </figure>
  );
}
