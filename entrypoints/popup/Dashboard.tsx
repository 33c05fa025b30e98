import { useCallback } from 'react';
import type { Contact } from '@/utils/history/model';
import { ACTIVITY_WEEKS, ActivitySection } from './ActivitySection';
import type { OpenContact } from './ContactOpener';
import { EmptyState } from './EmptyState';
import { FollowUps } from './FollowUps';
import type { WeeklyGoals } from './goals';
import { RECENT_PAGE, RecentConnections } from './RecentConnections';
import { useServices } from './services';
import { useQuery } from './use-query';
import { WeekGlance } from './WeekGlance';

const FOLLOW_UPS_SHOWN = 10;

interface Props {
  now: number;
  goals?: WeeklyGoals;
  onOpen: OpenContact;
  latest: (contact: Contact) => Contact;
  onChanged: (contact: Contact) => void;
  /** Bumped whenever this popup changed the history, so the counts reload. */
  revision: number;
}

/** The home view. All four queries start at once; each section shows its own loading and errors. */
export function Dashboard({ now, goals, onOpen, latest, onChanged, revision }: Props) {
  const { store, now: clock } = useServices();
  const recent = useQuery(
    'recent',
    useCallback(() => store.recentTouches(RECENT_PAGE), [store]),
  );
  const due = useQuery(
    'due',
    useCallback(() => store.followUpsDue(clock(), FOLLOW_UPS_SHOWN), [store, clock]),
  );
  const week = useQuery(
    `week:${revision}`,
    useCallback(() => store.weekSummary(clock()), [store, clock]),
  );
  const activity = useQuery(
    `activity:${revision}`,
    useCallback(() => store.activityByWeek(clock(), ACTIVITY_WEEKS), [store, clock]),
  );

  if (recent.status === 'done' && recent.data.length === 0) return <EmptyState />;
  return (
    <>
      <FollowUps due={due} now={now} onOpen={onOpen} onChanged={onChanged} />
      <WeekGlance week={week} goals={goals} />
      <ActivitySection activity={activity} />
      <RecentConnections firstPage={recent} now={now} onOpen={onOpen} latest={latest} />
    </>
  );
}
