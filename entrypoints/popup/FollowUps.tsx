import { useEffect, useRef, useState } from 'react';
import type { Contact } from '@/utils/history/model';
import type { OpenContact } from './ContactOpener';
import { ErrorAlert } from './ErrorAlert';
import { FollowUpItem } from './FollowUpItem';
import { useServices } from './services';
import type { Query } from './use-query';

import { SNOOZE_DAYS } from './snooze';

const DAY = 24 * 60 * 60 * 1000;
const FIRST_SHOWN = 3;

interface Props {
  due: Query<Contact[]>;
  now: number;
  onOpen: OpenContact;
  /** A contact changed here: the rest of the popup shows the new state. */
  onChanged: (contact: Contact) => void;
}

export function FollowUps({ due, now, onOpen, onChanged }: Props) {
  const { store, now: clock, announce } = useServices();
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<{ error: unknown; doing: string }>();
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After an item leaves the list, focus goes to the next one's Done (or the heading), never to the page's start.
  const focusNext = useRef<string | null>(null);

  const [expanded, setExpanded] = useState(false);
  const waiting = due.status === 'done' ? due.data.filter((c) => !handled.has(c.key)) : [];
  // A few at a time keeps the rest of the popup in view; handling one brings the next up.
  const shown = expanded ? waiting : waiting.slice(0, FIRST_SHOWN);
  const hidden = waiting.length - shown.length;

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = focusNext.current;
    focusNext.current = null;
    const next =
      target &&
      listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(target)}"] [data-action="done"]`);
    (next || headingRef.current)?.focus();
  }, [handled, expanded]);

  const showAll = () => {
    focusNext.current = waiting[FIRST_SHOWN]?.key ?? '';
    setExpanded(true);
  };

  const act = async (contact: Contact, doing: string, change: () => Promise<Contact>, said: string) => {
    setFailure(undefined);
    try {
      const updated = await change();
      const index = waiting.findIndex((c) => c.key === contact.key);
      focusNext.current = (waiting[index + 1] ?? waiting[index - 1])?.key ?? '';
      setHandled((keys) => new Set(keys).add(contact.key));
      onChanged(updated);
      announce(`${said}: ${contact.name}`);
    } catch (error) {
      console.error(error);
      setFailure({ error, doing });
    }
  };

  const done = (contact: Contact) =>
    act(
      contact,
      'Could not mark the follow-up done',
      () => store.markFollowUpDone(contact.key, clock()),
      'Marked done',
    );
  const snooze = (contact: Contact) =>
    act(
      contact,
      'Could not snooze the follow-up',
      () => store.snoozeFollowUp(contact.key, clock() + SNOOZE_DAYS * DAY),
      `Snoozed for ${SNOOZE_DAYS} days`,
    );

  return (
    <section className="panel" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading" ref={headingRef} tabIndex={-1}>
        Follow-ups due
      </h2>
      {due.status === 'loading' && <p className="muted">Loading…</p>}
      {due.status === 'failed' && <ErrorAlert error={due.error} />}
      {failure && <ErrorAlert error={failure.error} doing={failure.doing} />}
      {due.status === 'done' && waiting.length === 0 && (
        <p className="muted">
          Nothing due. A short note after someone accepts keeps the relationship growing.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="cards" ref={listRef}>
          {shown.map((contact) => (
            <FollowUpItem
              key={contact.key}
              contact={contact}
              now={now}
              onOpen={onOpen}
              onDone={() => done(contact)}
              onSnooze={() => snooze(contact)}
            />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="button show-more" onClick={showAll}>
          Show {hidden} more due
        </button>
      )}
    </section>
  );
}
