import type { ReactNode } from 'react';
import type { Surface } from '@/utils/coach/schema';
import type { Recall } from '@/utils/journey/recall';
import { ago, MEMORY } from './memory-words';

export interface RelationshipMemoryProps {
  known: Recall;
  theme: 'light' | 'dark';
  surface: Surface;
  /** What to call them: their first name, or their name. */
  who: string;
  now: number;
  /** Shown inside, after the lines: the follow-up starters. */
  children?: ReactNode;
}

/**
 * The relationship so far, in a line or two, for the moment of writing: when the person last wrote
 * and how it read, what that note offered or asked, a follow-up due, their own how-we-met note. In
 * the first message after an acceptance, what the invitation offered, as a reminder. Presentational.
 */
export function RelationshipMemory({ known, surface, who, now, theme, children }: RelationshipMemoryProps) {
  const { contact, last, offered, asked } = known;
  const firstMessage = surface === 'message' && known.firstMessageAfterAcceptance;
  const lines: string[] = [];
  if (firstMessage && contact.connectedAt !== undefined) lines.push(MEMORY.accepted(who, ago(contact.connectedAt, now)));
  if (last && !firstMessage) lines.push(MEMORY.lastWrote(last.kind, ago(last.at, now), last.verdict, Boolean(last.note?.trim())));
  if (offered && !firstMessage) lines.push(MEMORY.offered(offered));
  if (asked && !firstMessage) lines.push(MEMORY.asked(asked));
  if (known.followUpDue) lines.push(MEMORY.followUpDue);
  if (contact.howWeMet) lines.push(MEMORY.howWeMet(contact.howWeMet));
  return (
    // The prompt's box and colours: one look for what Cultivate says before the panel.
    <aside className="prompt memory" data-testid="relationship-memory" data-theme={theme} aria-label={MEMORY.label(who)}>
      {firstMessage && offered && (
        <p className="memory-reminder" data-testid="offer-reminder">
          {MEMORY.offerReminder(offered)}
        </p>
      )}
      {lines.length > 0 && <p className="memory-line">{lines.join(' ')}</p>}
      {children}
    </aside>
  );
}
