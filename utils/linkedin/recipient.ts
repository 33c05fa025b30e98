import type { Recipient } from '@/utils/coach/schema';
import { normalizeProfileUrl } from './profile-url';
import { textOf } from './roots';
import { HEADLINE, PROFILE_NAME, TITLE_NAME } from './selectors';
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
  const cardName = textOf(topCard?.querySelector(PROFILE_NAME));
  const titleName = TITLE_NAME.exec(doc.title)?.[1]?.trim();
  const name = shownName || hint?.name || cardName || titleName || undefined;
  const profileUrl = hint?.profileUrl ?? onProfile;
  const headline =
    topCard && cardIsTheirs(shownName || hint?.name, hint?.profileUrl, onProfile, cardName)
      ? readHeadline(topCard)
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

function readHeadline(card: Element): string | undefined {
  for (const selector of HEADLINE) {
    const text = textOf(card.querySelector(selector));
    if (text) return text.slice(0, 300);
  }
  const afterName = card.querySelector(PROFILE_NAME)?.parentElement?.nextElementSibling;
  return textOf(afterName).slice(0, 300) || undefined;
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
