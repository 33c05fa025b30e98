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

/** The home view. Its queries start with the recent list's (the chart's just after); each section shows its own loading and errors. */
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
  // Twelve weeks of counts is the heaviest query: IndexedDB counts walk the index (about a second for
  // 100,000 touches in Chromium), and the database answers one request at a time. It waits for the
  // list people open the popup for, so the chart never holds that back.
  const activity = useQuery(
    recent.status === 'loading' ? null : `activity:${revision}`,
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
