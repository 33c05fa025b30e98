import { useCallback } from 'react';
import type { Contact } from '@/utils/history/model';
import { ACTIVITY_WEEKS, ActivitySection } from './ActivitySection';
import type { TouchWithContact } from '@/utils/history/api';
import type { OpenContact } from './ContactOpener';
import { FollowUps } from './FollowUps';
import type { WeeklyGoals } from './goals';
import { RecentConnections } from './RecentConnections';
import { useServices } from './services';
import { useQuery, type Query } from './use-query';
import { WeekGlance } from './WeekGlance';

const FOLLOW_UPS_SHOWN = 10;

interface Props {
  /** The first page of recent touches, loaded by the caller (it decides whether history is empty). */
  recent: Query<TouchWithContact[]>;
  now: number;
  goals?: WeeklyGoals;
  onOpen: OpenContact;
  latest: (contact: Contact) => Contact;
  onChanged: (contact: Contact) => void;
  /** Bumped whenever this popup changed the history, so the counts reload. */
  revision: number;
}

/** The home view. Its queries start together with the recent list's; each section shows its own loading and errors. */
export function Dashboard({ recent, now, goals, onOpen, latest, onChanged, revision }: Props) {
  const { store, now: clock } = useServices();
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

  return (
    <>
      <FollowUps due={due} now={now} onOpen={onOpen} onChanged={onChanged} />
      <WeekGlance week={week} goals={goals} />
      <ActivitySection activity={activity} />
      <RecentConnections firstPage={recent} now={now} onOpen={onOpen} latest={latest} />
    </>
  );
}
