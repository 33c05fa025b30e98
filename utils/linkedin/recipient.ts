import type { Recipient } from '@/utils/coach/schema';
import { normalizeProfileUrl } from './profile-url';
import { textOf } from './roots';
import {
  CONTROL_WORDS_ONLY,
  COUNT_LINE,
  DEGREE_ORDINAL,
  DEGREE_WORDS,
  HEADLINE,
  HEADLINE_STOP_CONTROLS,
  HEADLINE_STOP_HEADING,
  HEADLINE_STOP_TEXT,
  PROFILE_NAME,
  PRONOUNS,
  TITLE_NAME,
} from './selectors';
import { findTopCard } from './top-card';

/** What the person's last Connect click told us: the name in its label and the profile it points at. */
export interface ConnectHint {
  name?: string;
  profileUrl?: string;
  at: number;
}

/**
 * Who the invitation is for, from the most to the least direct source: the name the dialog shows,
 * the Connect control's label, the profile's top card, the page title.
 */
export function readRecipient(
  doc: Document,
  shownName: string | undefined,
  hint: ConnectHint | undefined,
): Recipient {
  const onProfile = normalizeProfileUrl(doc.location?.pathname);
  const topCard = findTopCard(doc);
  const h1 = topCard?.querySelector(PROFILE_NAME) ?? undefined;
  const cardName = textOf(h1);
  const titleName = TITLE_NAME.exec(doc.title)?.[1]?.trim();
  const name = shownName || hint?.name || cardName || titleName || undefined;
  const profileUrl = hint?.profileUrl ?? onProfile;
  const headline =
    topCard && h1 && cardIsTheirs(shownName || hint?.name, hint?.profileUrl, onProfile, cardName)
      ? readHeadline(topCard, h1)
      : undefined;
  return clean({
    name,
    firstName: name ? firstNameOf(name) : undefined,
    headline,
    company: headline ? companyFromHeadline(headline) : undefined,
    profileUrl,
  });
}

/**
 * The profile's top card speaks for the person only when it is theirs: a Connect control elsewhere
 * on a profile ("People also viewed") invites someone else. Their profile address decides when the
 * control gave one; otherwise the name the dialog or the control shows must be the card's.
 */
function cardIsTheirs(
  name: string | undefined,
  hintUrl: string | undefined,
  onProfile: string | undefined,
  cardName: string,
): boolean {
  if (hintUrl) return hintUrl === onProfile;
  if (!name || !cardName) return true;
  const [a, b] = [name, cardName].map((n) => n.toLowerCase().replace(/\s+/g, ' ').trim());
  return a!.includes(b!) || b!.includes(a!);
}

/**
 * The headline: LinkedIn's long-standing classes first, else by structure, the first line of text
 * after the name inside the top card. A candidate that is another section's heading, holds controls
 * or names other people ends the search: no headline is better than someone else's.
 */
function readHeadline(card: Element, h1: Element): string | undefined {
  for (const selector of HEADLINE) {
    const found = card.querySelector(selector);
    if (found && judgeHeadline(found, h1) === 'headline') return textOf(found).slice(0, 300);
  }
  for (let node: Element | null = h1; node && node !== card; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const verdict = judgeHeadline(next, h1);
      if (verdict === 'headline') return textOf(next).slice(0, 300);
      if (verdict === 'stop') return undefined;
    }
  }
  return undefined;
}

/** Bounded first: the pattern is quadratic on long runs of digits and spaces, and the page writes the text. */
function isCountLine(text: string): boolean {
  return text.length <= 60 && COUNT_LINE.test(text);
}

function judgeHeadline(el: Element, h1: Element): 'headline' | 'skip' | 'stop' {
  const text = textOf(el);
  // Beside the name: pronouns, a verification badge, the degree. The headline is a line of its own.
  if (!text || DEGREE_WORDS.test(text) || DEGREE_ORDINAL.test(text) || PRONOUNS.test(text) || onTheNamesLine(el, h1)) return 'skip';
  if (el.matches(HEADLINE_STOP_HEADING) || el.querySelector(HEADLINE_STOP_HEADING)) return 'stop';
  const control = el.matches(HEADLINE_STOP_CONTROLS) || el.querySelector(HEADLINE_STOP_CONTROLS) !== null;
  return control || HEADLINE_STOP_TEXT.test(text) || isCountLine(text) || CONTROL_WORDS_ONLY.test(text) ? 'stop' : 'headline';
}

/**
 * Laid out on the same line as the name. Without layout (a hidden card, a DOM without rendering)
 * nothing is, and structure alone decides.
 */
function onTheNamesLine(el: Element, h1: Element): boolean {
  const name = h1.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (name.height === 0 || box.height === 0) return false;
  const middle = box.top + box.height / 2;
  return middle > name.top && middle < name.bottom;
}

const HONORIFICS = new Set([
  'dr',
  'dr.',
  'prof',
  'prof.',
  'mr',
  'mr.',
  'ms',
  'ms.',
  'mrs',
  'mrs.',
  'mx',
  'mx.',
]);

export function firstNameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  return words.find((w) => !HONORIFICS.has(w.toLowerCase()));
}

/** "Head of Community at Horta Labs · Urban farming" → "Horta Labs". */
export function companyFromHeadline(headline: string): string | undefined {
  const match = /\s(?:at|@)\s+([^·|,•]+)/i.exec(headline);
  return match?.[1]?.trim() || undefined;
}

function clean(recipient: Recipient): Recipient {
  return Object.fromEntries(
    Object.entries(recipient).filter(([, v]) => v !== undefined && v !== ''),
  ) as Recipient;
}
