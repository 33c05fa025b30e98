/**
 * The key a contact is stored under: `linkedin.com/in/<slug>`, lowercase, with no query, hash or
 * trailing parts, from a full address, a path, or a bare slug.
 */
export function normalizeProfileUrl(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const match = /(?:^|\/)in\/([^/?#\s]+)/i.exec(input.trim());
  const slug = match?.[1];
  if (!slug) return undefined;
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the slug as written.
  }
  return `linkedin.com/in/${decoded.toLowerCase()}`;
}

/** The vanityName of a custom-invite link (`/preload/custom-invite/?vanityName=SLUG`). */
export function slugFromInviteHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const vanity = new URL(href, 'https://www.linkedin.com').searchParams.get('vanityName');
    return vanity ? `linkedin.com/in/${vanity.toLowerCase()}` : undefined;
  } catch {
    return undefined;
  }
}
