import { settingsSchema, type Settings } from '@/utils/settings/schema';
import { NumberField } from './NumberField';

export function GoalsSection({ settings, update }: { settings: Settings; update: (change: Partial<Settings>) => void }) {
  const { shape } = settingsSchema;
  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Your goals</h2>
      <p className="muted">Steady beats bursts: a few thoughtful notes every week, and following up with the people who accept.</p>
      <NumberField
        label="Personal notes a week"
        hint="Connection requests with a note written for that person."
        value={settings.weeklyNoteGoal}
        schema={shape.weeklyNoteGoal}
        onValid={(weeklyNoteGoal) => update({ weeklyNoteGoal })}
      />
      <NumberField
        label="Follow-ups a week"
        hint="Messages to people who accepted, about something that matters to them."
        value={settings.weeklyFollowUpGoal}
        schema={shape.weeklyFollowUpGoal}
        onValid={(weeklyFollowUpGoal) => update({ weeklyFollowUpGoal })}
      />
      <NumberField
        label="Most connection requests in a day"
        hint="Past this, the coach mentions your pace. LinkedIn allows about 100 a week."
        value={settings.dailyRequestCap}
        schema={shape.dailyRequestCap}
        onValid={(dailyRequestCap) => update({ dailyRequestCap })}
      />
      <NumberField
        label="Follow up after"
        unit="days"
        hint="Counted from the day they accept. You get one reminder, and none if you have been in touch since."
        value={settings.followUpDelayDays}
        schema={shape.followUpDelayDays}
        onValid={(followUpDelayDays) => update({ followUpDelayDays })}
      />
    </section>
  );
}
