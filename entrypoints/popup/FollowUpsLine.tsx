import { lazy, Suspense, useCallback, useState } from 'react';
import type { Contact } from '@/utils/history/model';
import type { OpenContact } from './ContactOpener';
import { ErrorAlert } from './ErrorAlert';
import { useServices } from './services';
import { useQuery } from './use-query';

const FollowUpsList = lazy(() => import('./FollowUpsList'));

interface Props {
  now: number;
  /** Bumped whenever this popup changed the history, so the count reloads. */
  revision: number;
  /** Waits (null) until the people list has its answer: the first screen is for them. */
  ready: boolean;
  onOpen: OpenContact;
  onChanged: (contact: Contact) => void;
}

/** "3 follow-ups due", one line above the people; it opens the list in place. */
export function FollowUpsLine({ now, revision, ready, onOpen, onChanged }: Props) {
  const { store, now: clock } = useServices();
  const [open, setOpen] = useState(false);
  const count = useQuery(
    ready ? `due-count:${revision}` : null,
    useCallback(() => store.countFollowUpsDue(clock()), [store, clock]),
  );
  const due = count.status === 'done' ? count.data : undefined;

  return (
    <div className="due-line" data-testid="follow-ups-line">
      {count.status === 'failed' && <ErrorAlert error={count.error} />}
      {due === 0 && !open && <p className="muted due-line__none">No follow-ups due</p>}
      {due !== undefined && (due > 0 || open) && (
        <button
          type="button"
          className="button due-line__toggle"
          aria-expanded={open}
          aria-controls="follow-ups-list"
          onClick={() => setOpen((was) => !was)}
        >
          <span className="due-line__count">{due}</span> {due === 1 ? 'follow-up' : 'follow-ups'} due
          <span aria-hidden="true" className="due-line__chevron">
            {open ? '▴' : '▾'}
          </span>
        </button>
      )}
      {open && (
        <div id="follow-ups-list">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <FollowUpsList now={now} onOpen={onOpen} onChanged={onChanged} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
