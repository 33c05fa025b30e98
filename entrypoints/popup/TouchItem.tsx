import type { TouchWithContact } from '@/utils/history/api';
import { VerdictBadge } from '@/components/verdict-badge/VerdictBadge';
import { ContactOpener, type OpenContact } from './ContactOpener';
import { notePreview } from './note-preview';
import { RelativeTime } from './RelativeTime';
import { KIND_WORDS, STAGE_WORDS } from './stage-words';
import { touchVerdict } from './touch-verdict';

/** One line of the recent list: who, when, the note's first words, how it read, and where things stand. */
export function TouchItem({
  item,
  now,
  onOpen,
}: {
  item: TouchWithContact;
  now: number;
  onOpen: OpenContact;
}) {
  const { touch, contact } = item;
  const preview = notePreview(touch.note);
  const verdict = touchVerdict(touch);
  return (
    <li className="card" data-testid="history-item">
      <div className="card__top">
        <ContactOpener contact={contact} onOpen={onOpen} />
        <RelativeTime at={touch.at} now={now} />
      </div>
      {contact.headline && <p className="card__headline">{contact.headline}</p>}
      <p className={preview ? 'card__note' : 'card__note muted'}>{preview ? `“${preview}”` : 'No note'}</p>
      <p className="card__meta">
        {verdict && <VerdictBadge verdict={verdict} />}
        {touch.kind !== 'invitation' && <span>{KIND_WORDS[touch.kind]}</span>}
        <span className="stage">{STAGE_WORDS[contact.stage]}</span>
      </p>
    </li>
  );
}
