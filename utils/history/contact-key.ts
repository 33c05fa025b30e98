import { normalizeProfileUrl } from '@/utils/linkedin/profile-url';
import type { SendRecord } from '@/utils/messaging/protocol';

const MAX_KEY_LENGTH = 300;

/**
 * The key a send's contact is stored under: the normalised profile address, else `name:<lowercased
 * name>`, else `unknown:<page path>` (one contact per page the person could not be identified on).
 */
export function contactKeyFor(send: Pick<SendRecord, 'recipient' | 'pageUrl'>): string {
  const profile = normalizeProfileUrl(send.recipient.profileUrl);
  if (profile) return profile.slice(0, MAX_KEY_LENGTH);
  const name = send.recipient.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (name) return `name:${name}`.slice(0, MAX_KEY_LENGTH);
  return `unknown:${pagePath(send.pageUrl)}`.slice(0, MAX_KEY_LENGTH);
}

function pagePath(pageUrl: string): string {
  try {
    return new URL(pageUrl).pathname;
  } catch {
    // Not an absolute address: keep what precedes any query or hash.
    return pageUrl.split(/[?#]/, 1)[0] || '/';
  }
}
