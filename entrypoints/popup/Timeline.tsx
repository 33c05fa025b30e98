import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { Contact } from '@/utils/history/model';
import { describeBalance, giveAskBalance } from './give-ask';
import { ErrorAlert } from './ErrorAlert';
import { HowWeMet } from './HowWeMet';
import { profileHref } from './profile-href';
import { useServices } from './services';
import { StageActions } from './StageActions';
import { TimelineTouch } from './TimelineTouch';
import { useQuery } from './use-query';

export const TIMELINE_LIMIT = 200;

interface Props {
  contact: Contact;
  now: number;
  onBack: () => void;
  onChanged: (contact: Contact) => void;
}

/** Everything sent to one person, and where the relationship stands. Esc or Back returns to the list. */
export default function Timeline({ contact, now, onBack, onChanged }: Props) {
  const { store } = useServices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const profile = profileHref(contact.profileUrl);
  const touches = useQuery(
    contact.key,
    useCallback(() => store.timeline(contact.key, TIMELINE_LIMIT), [store, contact.key]),
  );

  useEffect(() => headingRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc here means "back to the list", not "close the popup".
    event.preventDefault();
    event.stopPropagation();
    onBack();
  };

  return (
    <section
      className="timeline"
      aria-labelledby="timeline-heading"
      onKeyDown={onKeyDown}
      data-testid="timeline"
    >
      <button type="button" className="button back" onClick={onBack}>
        <span aria-hidden="true">← </span>Back
      </button>
      <h2 id="timeline-heading" ref={headingRef} tabIndex={-1}>
        {contact.name}
      </h2>
      {contact.headline && <p className="muted">{contact.headline}</p>}
      {profile && (
        <p>
          <a href={profile} target="_blank" rel="noreferrer">
            Open profile<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <StageActions contact={contact} onChanged={onChanged} />
      {touches.status === 'done' && (
        <p className="balance" data-testid="give-ask">
          {describeBalance(giveAskBalance(touches.data))}
        </p>
      )}
      <HowWeMet contact={contact} onChanged={onChanged} />
      <h3>Everything you sent</h3>
      {touches.status === 'loading' && <p className="muted">Loading…</p>}
      {touches.status === 'failed' && <ErrorAlert error={touches.error} />}
      {touches.status === 'done' && (
        <>
          <ol className="cards">
            {touches.data.map((touch) => (
              <TimelineTouch key={touch.id ?? touch.at} touch={touch} now={now} />
            ))}
          </ol>
          {touches.data.length === TIMELINE_LIMIT && (
            <p className="muted">Showing the latest {TIMELINE_LIMIT}.</p>
          )}
        </>
      )}
    </section>
  );
}
