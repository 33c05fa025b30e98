import type { Verdict } from '@/utils/coach/schema';
import type { RecentPerson } from '@/utils/history/api';
import { notePreview } from './note-preview';
import { KIND_WORDS, STAGE_WORDS } from './stage-words';
import { touchVerdict } from './touch-verdict';

/** What one person's row shows, worked out once for React (PersonRow) and the first paint (first-rows.ts). */
export interface PersonRowView {
  /** When the row's time reads from: the latest touch, else the contact's last touch. */
  at: number;
  latest: { text: string; note: boolean };
  /** How the last note read; a request sent without any note reads as "No note". */
  verdict?: Verdict;
  stage: string;
}

/** What the latest touch was, in a few words: the note's start, or what happened without one. */
function latestWords({ latest }: RecentPerson): { text: string; note: boolean } {
  if (!latest) return { text: 'Nothing sent yet', note: false };
  const preview = notePreview(latest.note, 70);
  const kind = latest.kind === 'invitation' ? '' : `${KIND_WORDS[latest.kind]}: `;
  if (preview) return { text: `${kind}“${preview}”`, note: true };
  if (latest.kind === 'follow-up') return { text: 'Follow-up done', note: false };
  return { text: `${KIND_WORDS[latest.kind]}, no note`, note: false };
}

export function personRowView(person: RecentPerson): PersonRowView {
  const { contact, lastNote, latest } = person;
  return {
    at: latest?.at ?? contact.lastTouchAt,
    latest: latestWords(person),
    verdict: lastNote ? touchVerdict(lastNote) : latest && touchVerdict(latest),
    stage: STAGE_WORDS[contact.stage],
  };
}
