import type { RecentPerson } from '@/utils/history/api';
import { VerdictBadge } from '@/components/verdict-badge/VerdictBadge';
import { ContactOpener, type OpenContact } from './ContactOpener';
import { notePreview } from './note-preview';
import { RelativeTime } from './RelativeTime';
import { KIND_WORDS, STAGE_WORDS } from './stage-words';
import { touchVerdict } from './touch-verdict';

/** What the latest touch was, in a few words: the note's start, or what happened without one. */
function latestWords({ latest }: RecentPerson): { text: string; note: boolean } {
  if (!latest) return { text: 'Nothing sent yet', note: false };
  const preview = notePreview(latest.note, 70);
  const kind = latest.kind === 'invitation' ? '' : `${KIND_WORDS[latest.kind]}: `;
  if (preview) return { text: `${kind}“${preview}”`, note: true };
  if (latest.kind === 'follow-up') return { text: 'Follow-up done', note: false };
  return { text: `${KIND_WORDS[latest.kind]}, no note`, note: false };
}

/** One person on the first screen: who, when you last reached them, what that was, how your last note read, where things stand. */
export function PersonRow({ person, now, onOpen }: { person: RecentPerson; now: number; onOpen: OpenContact }) {
  const { contact, lastNote, latest } = person;
  const words = latestWords(person);
  // How the last note read; a request sent without any note reads as "No note".
  const verdict = lastNote ? touchVerdict(lastNote) : latest && touchVerdict(latest);
  return (
    <li className="person" data-testid="history-item" data-key={contact.key}>
      <div className="person__top">
        <ContactOpener contact={contact} onOpen={onOpen} />
        <RelativeTime at={latest?.at ?? contact.lastTouchAt} now={now} />
      </div>
      <p className={words.note ? 'person__latest' : 'person__latest muted'} data-testid="latest-touch">
        {words.text}
      </p>
      <p className="person__meta">
        {verdict && <VerdictBadge verdict={verdict} />}
        <span className="stage">{STAGE_WORDS[contact.stage]}</span>
      </p>
    </li>
  );
}
