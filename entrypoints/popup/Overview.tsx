import { useCallback } from 'react';
import { ACTIVITY_WEEKS, ActivitySection } from './ActivitySection';
import type { WeeklyGoals } from './goals';
import { useServices } from './services';
import { useQuery } from './use-query';
import { WeekGlance } from './WeekGlance';

/**
 * Below the people: showing up over twelve weeks, and this week against the goals. Its own chunk,
 * loaded once the people are on screen, so neither the chart nor its queries hold the first paint.
 */
export default function Overview({ goals, revision }: { goals?: WeeklyGoals; revision: number }) {
  const { store, now: clock } = useServices();
  const activity = useQuery(
    `activity:${revision}`,
    useCallback(() => store.activityByWeek(clock(), ACTIVITY_WEEKS), [store, clock]),
  );
  const week = useQuery(
    `week:${revision}`,
    useCallback(() => store.weekSummary(clock()), [store, clock]),
  );
  return (
    <>
      <ActivitySection activity={activity} />
      <WeekGlance week={week} goals={goals} />
    </>
  );
}
