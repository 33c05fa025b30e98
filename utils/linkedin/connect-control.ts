import { nameFromInviteLabel } from './labels';
import { normalizeProfileUrl, slugFromInviteHref } from './profile-url';
import type { ConnectHint } from './recipient';
import { CONNECT_LINK, PROFILE_LINK, RESULT_CARD } from './selectors';

/**
 * If a click landed on a Connect control ("Invite NAME to connect", or a custom-invite link),
 * what it says about the recipient. Reads the event's composed path, so shadow roots are seen too.
 */
export function connectHintFrom(path: EventTarget[], now: number): ConnectHint | undefined {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    const name = nameFromInviteLabel(target.getAttribute('aria-label'));
    const isLink = target.matches(CONNECT_LINK);
    if (!name && !isLink) continue;
    const profileUrl = slugFromInviteHref(target.getAttribute('href')) ?? profileNear(target);
    return { name, profileUrl, at: now };
  }
  return undefined;
}

/** On search pages the Connect control sits in a result card that links to the profile. */
function profileNear(control: Element): string | undefined {
  const card = control.closest(RESULT_CARD);
  const link = card?.querySelector<HTMLAnchorElement>(PROFILE_LINK);
  return normalizeProfileUrl(link?.getAttribute('href'));
}
