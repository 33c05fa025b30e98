import type { WeekSummary } from '@/utils/history/api';
import { ProgressBar } from '@/components/progress-bar/ProgressBar';
import { ErrorAlert } from './ErrorAlert';
import { SUGGESTED_GOALS, type WeeklyGoals } from './goals';
import type { Query } from './use-query';

function GoalRow({ label, value, goal, own }: { label: string; value: number; goal: number; own: boolean }) {
  const goalWords = `${own ? 'your goal' : 'suggested'}: ${goal} a week`;
  return (
    <div className="glance__row">
      <div className="glance__line">
        <span>{label}</span>
        <span>
          <strong>{value}</strong> of {goal} <span className="muted">({goalWords})</span>
        </span>
      </div>
      <ProgressBar
        label={`${label} this week`}
        value={value}
        max={goal}
        valueText={`${value} of ${goal}, ${goalWords}`}
      />
    </div>
  );
}

/** This week against the person's goals; "your goal" only for goals they set themselves. */
export function WeekGlance({ week, goals = {} }: { week: Query<WeekSummary>; goals?: WeeklyGoals }) {
  return (
    <section className="panel" aria-labelledby="week-heading">
      <h2 id="week-heading">This week at a glance</h2>
      {week.status === 'loading' && <p className="muted">Loading…</p>}
      {week.status === 'failed' && <ErrorAlert error={week.error} />}
      {week.status === 'done' && <WeekFigures summary={week.data} goals={goals} />}
    </section>
  );
}

function WeekFigures({ summary, goals }: { summary: WeekSummary; goals: WeeklyGoals }) {
  const { requests, requestsWithNote, relationalNotes, followUpsDone } = summary;
  const share = requests > 0 ? Math.round((requestsWithNote / requests) * 100) : 0;
  return (
    <div className="glance">
      <p className="glance__facts">
        <span>
          <strong>{requests}</strong> {requests === 1 ? 'request' : 'requests'} sent
        </span>
        <span>
          <strong>{share}%</strong> with a personal note
        </span>
        <span>
          <strong>{relationalNotes}</strong> read as relational
        </span>
      </p>
      <GoalRow
        label="Personal notes"
        value={requestsWithNote}
        goal={goals.personalNotesPerWeek ?? SUGGESTED_GOALS.personalNotesPerWeek}
        own={goals.personalNotesPerWeek !== undefined}
      />
      <GoalRow
        label="Follow-ups done"
        value={followUpsDone}
        goal={goals.followUpsPerWeek ?? SUGGESTED_GOALS.followUpsPerWeek}
        own={goals.followUpsPerWeek !== undefined}
      />
      {requests === 0 && followUpsDone === 0 && (
        <p className="muted">Nothing sent yet this week: one thoughtful note is a good start.</p>
      )}
    </div>
  );
}
