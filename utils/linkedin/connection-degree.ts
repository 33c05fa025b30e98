import { DEGREE_LABELS, fold } from './labels';
import { normalizeProfileUrl } from './profile-url';
import { isShown, textOf } from './roots';
import {
  BADGE_DIGIT,
  BADGE_PREFIX,
  DEGREE_BADGE,
  DEGREE_TEXT,
  MESSAGING_LINK,
  PRIMARY_BUTTON,
  PROFILE_NAME,
  PROFILE_PATH,
  TOP_CARD_ACTIONS,
  VISUALLY_HIDDEN,
} from './selectors';
import { findTopCard } from './top-card';

export type Degree = 1 | 2 | 3;

/** What a profile's top card says about the person's connection to its owner. */
export interface ProfileDegree {
  /** The contact key of the page's own profile (from the address, never from a link on the page). */
  profileUrl: string;
  name: string;
  degree: Degree | undefined;
  /** An invitation is waiting: the "Pending, click to withdraw…" control. */
  pending: boolean;
  /** "Message" is the top card's primary action. */
  messagePrimary: boolean;
}

const LANGUAGES = Object.values(DEGREE_LABELS);

/**
 * Reads the degree on a main profile page (`/in/SLUG/`), scoped to the top card so the badges of
 * other people ("People you may know", search cards) never count. Undefined on any other page, or
 * while the top card has not rendered.
 */
export function readProfileDegree(doc: Document): ProfileDegree | undefined {
  const path = doc.location?.pathname ?? '';
  const profileUrl = PROFILE_PATH.test(path) ? normalizeProfileUrl(path) : undefined;
  const card = profileUrl ? findTopCard(doc) : undefined;
  const name = textOf(card?.querySelector(PROFILE_NAME));
  if (!profileUrl || !card || !name) return undefined;
  const actions = [...card.querySelectorAll(TOP_CARD_ACTIONS)].filter(isShown);
  const messagePrimary = actions.some(isPrimaryMessage);
  const visible = badgeDegree(card) ?? hiddenDegree(card);
  // The weakest sign, a bare "· 1st" in hashed markup, counts only with Message as the main action.
  const loose = visible === undefined ? looseDegree(card) : undefined;
  const degree = visible ?? (loose === 1 && !messagePrimary ? undefined : loose);
  return { profileUrl, name, degree, pending: actions.some(isPending), messagePrimary };
}

/** The page shows its owner as a first-degree connection, with no invitation pending. */
export function showsConnected(reading: ProfileDegree | undefined): boolean {
  return reading?.degree === 1 && !reading.pending;
}

function degreeOf(index: number): Degree | undefined {
  return index === 0 ? 1 : index === 1 ? 2 : index === 2 ? 3 : undefined;
}

/** `span.dist-value` in `span.distance-badge`: its digit, in any language. */
function badgeDegree(card: Element): Degree | undefined {
  for (const badge of card.querySelectorAll(DEGREE_BADGE)) {
    const digit = BADGE_DIGIT.exec(textOf(badge))?.[1];
    if (digit) return degreeOf(Number(digit) - 1);
  }
  return undefined;
}

/** The visually hidden "1st degree connection", in a known language. */
function hiddenDegree(card: Element): Degree | undefined {
  for (const hidden of card.querySelectorAll(VISUALLY_HIDDEN)) {
    const text = fold(textOf(hidden));
    for (const labels of LANGUAGES) {
      const index = labels.hidden.findIndex((words) => words.some((w) => text.includes(w)));
      if (index >= 0) return degreeOf(index);
    }
  }
  return undefined;
}

/** A short element whose whole text is "· 1st" (or the language's token), beside the name in newer layouts. */
function looseDegree(card: Element): Degree | undefined {
  for (const el of card.querySelectorAll(DEGREE_TEXT)) {
    if (el.childElementCount > 0) continue;
    const text = fold(textOf(el)).replace(BADGE_PREFIX, '');
    if (text.length === 0 || text.length > 6) continue;
    for (const labels of LANGUAGES) {
      const index = labels.badges.findIndex((tokens) => tokens.includes(text));
      if (index >= 0) return degreeOf(index);
    }
  }
  return undefined;
}

function labelWords(el: Element): string[] {
  return [fold(el.getAttribute('aria-label')), fold(textOf(el))].filter(Boolean);
}

function isPending(el: Element): boolean {
  return labelWords(el).some((words) =>
    LANGUAGES.some((labels) => labels.pending.some((p) => words === p || words.startsWith(`${p},`) || words.startsWith(`${p} `))),
  );
}

function isPrimaryMessage(el: Element): boolean {
  if (!el.matches(PRIMARY_BUTTON)) return false;
  if (el.matches(MESSAGING_LINK)) return true;
  return labelWords(el).some((words) => LANGUAGES.some((labels) => labels.message.some((m) => words === m || words.startsWith(`${m} `))));
}
