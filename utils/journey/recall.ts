import type { Analysis, Finding } from '@/utils/coach/schema';
import type { RelationshipContext } from '@/utils/coach/relationship';
import type { Relationship, RelationshipContact, RelationshipTouch } from './relationship';

/** Findings that say the note gave something, and those that say it asked. */
const OFFER_RULES = ['own-offer-used', 'offers-value'];
const ASK_RULES = ['ask-before-give'];
/** Thanks and congratulations are gives, but nothing to deliver later. */
const NOT_AN_OFFER = /^(thank|thanks|congrat|kudos|well done|cheers)/i;
const CLAUSE_END = /[.!?;\n]/;
const MAX_QUOTE = 90;

/** The relationship so far, as the memory line, the starters and the coach need it. */
export interface Recall {
  /** When this was recalled: "3 days ago" counts from here. */
  at: number;
  contact: RelationshipContact;
  /** The newest touch: when they last wrote, how, and how it read. */
  last: RelationshipTouch | undefined;
  /** What their newest note with an offer offered, quoted. */
  offered: string | undefined;
  /** What their newest note asked, quoted, if it asked. */
  asked: string | undefined;
  /** A follow-up that is due now. */
  followUpDue: boolean;
  /** They accepted and nothing has been written since. */
  firstMessageAfterAcceptance: boolean;
}

/**
 * Reads the relationship so far: the person's earlier notes are read again by the coach (`read`)
 * so what they offered or asked is quoted in their own words. Undefined for someone new.
 */
export function recall(relationship: Relationship | undefined, now: number, read: (note: string) => Analysis): Recall | undefined {
  const contact = relationship?.contact;
  if (!relationship || !contact) return undefined;
  const notes = relationship.touches.filter((t): t is RelationshipTouch & { note: string } => Boolean(t.note?.trim()));
  let offered: string | undefined;
  let asked: string | undefined;
  for (const [index, touch] of notes.entries()) {
    const findings = read(touch.note).findings;
    const offer = quoteOf(touch.note, findings, OFFER_RULES);
    // An ask inside the offer ("happy to share…") is part of the give, not an ask.
    if (index === 0) asked = quoteOf(touch.note, findings, ASK_RULES, offer)?.text;
    offered = offer?.text;
    if (offered) break;
  }
  return {
    at: now,
    contact,
    last: relationship.touches[0],
    offered,
    asked,
    followUpDue: contact.nextFollowUpAt !== undefined && contact.nextFollowUpAt <= now,
    firstMessageAfterAcceptance: contact.stage === 'connected',
  };
}

/** What the coach is told of the relationship. */
export function coachRelationship(known: Recall | undefined): RelationshipContext | undefined {
  if (!known) return undefined;
  return {
    stage: known.contact.stage,
    firstMessageAfterAcceptance: known.firstMessageAfterAcceptance,
    offered: known.offered ? [known.offered] : [],
  };
}

/** The clause a finding starts, in the note's own words: "happy to share my dataset" (not the whole note). */
interface Quote {
  text: string;
  start: number;
}

function quoteOf(note: string, findings: readonly Finding[], rules: readonly string[], outside?: Quote): Quote | undefined {
  for (const finding of findings) {
    if (!rules.includes(finding.rule) || !finding.range) continue;
    const [start] = finding.range;
    if (outside && start >= outside.start && start < outside.start + outside.text.length) continue;
    const rest = note.slice(start);
    if (NOT_AN_OFFER.test(rest)) continue;
    const end = rest.search(CLAUSE_END);
    const clause = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (clause.length <= MAX_QUOTE) return { text: clause, start };
    const cut = clause.slice(0, MAX_QUOTE);
    return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)).trimEnd()}…`, start };
  }
  return undefined;
}
