import type { Contact } from '@/utils/history/model';
import { ContactOpener, type OpenContact } from './ContactOpener';
import { profileHref } from './profile-href';
import { SNOOZE_DAYS } from './snooze';
import { RelativeTime } from './RelativeTime';
import { STAGE_WORDS } from './stage-words';

interface Props {
  contact: Contact;
  now: number;
  onOpen: OpenContact;
  onDone: () => void;
  onSnooze: () => void;
}

export function FollowUpItem({ contact, now, onOpen, onDone, onSnooze }: Props) {
  const profile = profileHref(contact.profileUrl);
  return (
    <li className="card" data-testid="follow-up" data-key={contact.key}>
      <div className="card__top">
        <ContactOpener contact={contact} onOpen={onOpen} />
        {contact.nextFollowUpAt !== undefined && (
          <RelativeTime at={contact.nextFollowUpAt} now={now} prefix="due " />
        )}
      </div>
      {contact.headline && <p className="card__headline">{contact.headline}</p>}
      <p className="card__meta">
        <span className="stage">{STAGE_WORDS[contact.stage]}</span>
      </p>
      {/* Above the opener's stretched click area, so each action gets its own clicks. */}
      <div className="card__actions">
        <button type="button" className="button" data-action="done" onClick={onDone}>
          Done<span className="visually-hidden"> following up with {contact.name}</span>
        </button>
        <button type="button" className="button" onClick={onSnooze}>
          Snooze {SNOOZE_DAYS} days<span className="visually-hidden"> for {contact.name}</span>
        </button>
        {profile && (
          <a className="button" href={profile} target="_blank" rel="noreferrer">
            Open profile
            <span className="visually-hidden"> of {contact.name} (opens in a new tab)</span>
          </a>
        )}
      </div>
    </li>
  );
}
