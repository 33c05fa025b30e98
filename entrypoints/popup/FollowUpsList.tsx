import { useCallback } from 'react';
import type { Contact } from '@/utils/history/model';
import type { OpenContact } from './ContactOpener';
import { FollowUps } from './FollowUps';
import { useServices } from './services';
import { useQuery } from './use-query';

const FOLLOW_UPS_SHOWN = 50;

/** The follow-ups due, loaded when the line above the people is opened (its own chunk). */
export default function FollowUpsList({
  now,
  onOpen,
  onChanged,
}: {
  now: number;
  onOpen: OpenContact;
  onChanged: (contact: Contact) => void;
}) {
  const { store, now: clock } = useServices();
  const due = useQuery(
    'due',
    useCallback(() => store.followUpsDue(clock(), FOLLOW_UPS_SHOWN), [store, clock]),
  );
  return <FollowUps due={due} now={now} onOpen={onOpen} onChanged={onChanged} />;
}
