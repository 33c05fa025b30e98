import type { Verdict } from '@/utils/coach/schema';
import type { Contact, Touch } from '@/utils/history/model';

/** How many of the latest touches with one person the page is told about. */
export const RELATIONSHIP_TOUCHES = 10;
/** The most of one earlier note the page needs to recall what it offered or asked. */
const NOTE_CHARS = 2_000;

/** One person as the page needs them to recall the relationship: no search words, no addresses. */
export type RelationshipContact = Pick<Contact, 'name' | 'stage' | 'firstContactAt' | 'lastTouchAt' | 'connectedAt' | 'nextFollowUpAt' | 'howWeMet'>;

export interface RelationshipTouch {
  kind: Touch['kind'];
  at: number;
  note: string | null;
  verdict?: Verdict;
}

/** The relationship so far: the contact, or null when they are new, and the latest touches, newest first. */
export interface Relationship {
  contact: RelationshipContact | null;
  touches: RelationshipTouch[];
}

/** What the background tells the page of one person, from the store's records. */
export function relationshipOf(contact: Contact | undefined, touches: readonly Touch[]): Relationship {
  if (!contact) return { contact: null, touches: [] };
  const { name, stage, firstContactAt, lastTouchAt, connectedAt, nextFollowUpAt, howWeMet } = contact;
  const picked: RelationshipContact = { name, stage, firstContactAt, lastTouchAt };
  if (connectedAt !== undefined) picked.connectedAt = connectedAt;
  if (nextFollowUpAt !== undefined) picked.nextFollowUpAt = nextFollowUpAt;
  if (howWeMet !== undefined) picked.howWeMet = howWeMet;
  return {
    contact: picked,
    touches: touches.slice(0, RELATIONSHIP_TOUCHES).map((touch) => {
      const kept: RelationshipTouch = { kind: touch.kind, at: touch.at, note: touch.note === null ? null : touch.note.slice(0, NOTE_CHARS) };
      if (touch.analysis) kept.verdict = touch.analysis.verdict;
      return kept;
    }),
  };
}
