import { profileKey } from '@/utils/contact-key/contact-key';
import { INVITE_VANITY_PARAM, PROFILE_SLUG } from './selectors';

/**
 * The contact key of a profile address (`linkedin.com/in/<slug>`, see utils/contact-key), from a
 * full address or a path; the query, hash and trailing parts are dropped.
 */
export function normalizeProfileUrl(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const match = PROFILE_SLUG.exec(input.trim());
  const slug = match?.[1];
  if (!slug) return undefined;
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the slug as written.
  }
  return profileKey(decoded);
}

/** The contact key of a custom-invite link's vanityName (`/preload/custom-invite/?vanityName=SLUG`). */
export function slugFromInviteHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const vanity = new URL(href, 'https://www.linkedin.com').searchParams.get(INVITE_VANITY_PARAM);
    return vanity ? profileKey(vanity) : undefined;
  } catch {
    return undefined;
  }
}
