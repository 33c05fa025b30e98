import { isProfileKey } from '@/utils/contact-key/contact-key';
import type { HistoryStore } from './api';
import type { Contact } from './model';
import { nameWords } from './name-words';

/** What a profile page the person opened showed: its own profile key and the name in its top card. */
export interface SeenConnected {
  profileUrl: string;
  name: string;
}

/**
 * A profile the person opened shows its owner as a first-degree connection. If that person is in
 * the history as requested, they accepted: the contact becomes connected as of `now` (the
 * background's clock, never the page's), which starts the follow-up clock. Anyone else (unknown,
 * already connected or conversing, or a page whose name is not the contact's) changes nothing.
 */
export async function noticeAcceptance(store: HistoryStore, seen: SeenConnected, now: number): Promise<Contact | undefined> {
  const key = seen.profileUrl;
  if (!isProfileKey(key)) return undefined;
  const contact = await store.contact(key);
  if (contact?.stage !== 'requested' || !sameName(contact.name, seen.name)) return undefined;
  return store.setStage(key, 'connected', now);
}

/** Every word of the stored name appears in the page's (which may add "PhD", an emoji, a middle name). */
function sameName(stored: string, shown: string): boolean {
  const wanted = nameWords(stored);
  const words = new Set(nameWords(shown));
  return wanted.every((word) => words.has(word));
}
