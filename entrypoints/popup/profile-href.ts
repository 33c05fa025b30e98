/**
 * The address to open a contact's profile. The store keeps a full `https://www.linkedin.com/in/…/`
 * address; a bare `linkedin.com/in/…` gets the scheme. Anything else (a `javascript:` address in an
 * imported file, say) gives no link at all.
 */
export function profileHref(profileUrl: string | undefined): string | undefined {
  if (!profileUrl) return undefined;
  const href = /^https:\/\//i.test(profileUrl)
    ? profileUrl
    : `https://www.${profileUrl.replace(/^(https?:\/\/)?(www\.)?/i, '')}`;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && /(^|\.)linkedin\.com$/i.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
