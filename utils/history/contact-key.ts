import { isProfileKey, nameKey, unknownKey } from '@/utils/contact-key/contact-key';
import type { SendRecord } from './model';

/**
 * The key a send's contact is stored under: the profile key the site adapter read from the page,
 * else the name, else the page. A `profileUrl` that is not a profile key is not trusted as one.
 */
export function contactKeyFor(send: Pick<SendRecord, 'recipient' | 'pageUrl'>): string {
  const profile = send.recipient.profileUrl;
  if (isProfileKey(profile)) return profile;
  return nameKey(send.recipient.name) ?? unknownKey(send.pageUrl);
}
