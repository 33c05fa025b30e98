// The key a contact is stored under, and the only code that writes or reads its format:
//
//   linkedin.com/in/<slug>   the person's profile (the slug decoded and lowercased)
//   name:<name>              the page showed no profile address: their name, lowercased
//   unknown:<page path>      neither: one contact per page the person could not be identified on
//
// The site adapter builds profile keys (it is the only code that reads LinkedIn's addresses), the
// history picks a send's key and the popup and reminders read one back, all through here.

export const MAX_CONTACT_KEY_LENGTH = 300;

const PROFILE_PREFIX = 'linkedin.com/in/';
const SLUG = /^[^/?#\s]+$/;

export type ContactKeyParts =
  | { kind: 'profile'; slug: string }
  | { kind: 'name'; name: string }
  | { kind: 'unknown'; path: string };

/** The key of a profile from its slug (as it appears after `/in/`), or undefined if it is no slug. */
export function profileKey(slug: string): string | undefined {
  const lower = slug.toLowerCase();
  if (!SLUG.test(lower)) return undefined;
  return `${PROFILE_PREFIX}${lower}`.slice(0, MAX_CONTACT_KEY_LENGTH);
}

/** The key of someone known only by name: spaces collapsed, lowercased. */
export function nameKey(name: string | undefined): string | undefined {
  const clean = name?.trim().replace(/\s+/g, ' ').toLowerCase();
  return clean ? `name:${clean}`.slice(0, MAX_CONTACT_KEY_LENGTH) : undefined;
}

/** The key of whoever was written to from a page that named nobody. */
export function unknownKey(pageUrl: string): string {
  return `unknown:${pagePath(pageUrl)}`.slice(0, MAX_CONTACT_KEY_LENGTH);
}

export function parseContactKey(key: string): ContactKeyParts | undefined {
  if (key.length > MAX_CONTACT_KEY_LENGTH) return undefined;
  if (key.startsWith(PROFILE_PREFIX)) {
    const slug = key.slice(PROFILE_PREFIX.length);
    return SLUG.test(slug) && slug === slug.toLowerCase() ? { kind: 'profile', slug } : undefined;
  }
  if (key.startsWith('name:') && key.length > 'name:'.length) return { kind: 'name', name: key.slice('name:'.length) };
  if (key.startsWith('unknown:')) return { kind: 'unknown', path: key.slice('unknown:'.length) };
  return undefined;
}

export function isProfileKey(key: string | undefined): key is string {
  return key !== undefined && parseContactKey(key)?.kind === 'profile';
}

/** The address of the profile a key names, to link to; undefined for name and page keys. */
export function profileAddress(key: string): string | undefined {
  const parts = parseContactKey(key);
  return parts?.kind === 'profile' ? `https://www.${PROFILE_PREFIX}${parts.slug}/` : undefined;
}

/** What to call a contact whose name is not known: the profile's slug, the name, or the key. */
export function keyLabel(key: string): string {
  const parts = parseContactKey(key);
  if (parts?.kind === 'profile') return parts.slug;
  if (parts?.kind === 'name') return parts.name;
  return key;
}

function pagePath(pageUrl: string): string {
  try {
    return new URL(pageUrl).pathname;
  } catch {
    // Not an absolute address: keep what precedes any query or hash.
    return pageUrl.split(/[?#]/, 1)[0] || '/';
  }
}
