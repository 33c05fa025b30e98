import { keyLabel } from '@/utils/contact-key/contact-key';
import type { Contact } from '@/utils/history/model';

// What the reminder shows, decided from data alone: no browser, no clock but `now`.

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Names a notification spells out before "and N more". */
const NAMES_SHOWN = 2;

/** The last notification raised: for whom, and when. */
export interface NotifiedState {
  keys: string[];
  at: number;
}

export interface ReminderPlan {
  /** The contacts to follow up with now, most overdue first. */
  due: Contact[];
  /** The toolbar badge: the count due, empty when none. */
  badge: string;
  /** The one notification to raise, or null to stay quiet. */
  notification: { title: string; message: string } | null;
  /** What to remember when the notification is raised. */
  notified: NotifiedState | null;
}

/**
 * Due, and untouched since: a reminder follows real contact. The store clears a reminder when a
 * message is sent or a follow-up marked done; a touch at or after the moment it came due (an
 * imported one, say) also means the person has been in touch.
 */
export function isDue(contact: Contact, now: number): boolean {
  const at = contact.nextFollowUpAt;
  return at !== undefined && at <= now && contact.lastTouchAt < at;
}

function displayName(contact: Contact): string {
  const name = contact.name.trim() || keyLabel(contact.key);
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

/** "3 follow-ups are due: Ana Souza, Wei Zhang and 1 more". */
export function followUpSentence(due: readonly Contact[]): string {
  const names = due.slice(0, NAMES_SHOWN).map(displayName);
  const more = due.length - names.length;
  if (due.length === 1) return `A follow-up is due: ${names[0]}`;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(' and ');
  return `${due.length} follow-ups are due: ${list}`;
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * One notification for everyone due, never one per contact; not again within a day for the same
 * people (or fewer of them, after a Done or a Snooze); again when someone new comes due, or a day
 * after the last one.
 */
export function planReminder(candidates: readonly Contact[], last: NotifiedState | null, now: number): ReminderPlan {
  const due = candidates.filter((contact) => isDue(contact, now));
  const keys = due.map((contact) => contact.key).sort();
  const recent = last !== null && last.at <= now && now - last.at < DAY_MS;
  const known = new Set(last?.keys ?? []);
  const someoneNew = keys.some((key) => !known.has(key));
  const notify = due.length > 0 && (!recent || someoneNew);
  return {
    due,
    badge: badgeText(due.length),
    notification: notify ? { title: 'Cultivate: time to follow up', message: `${followUpSentence(due)}.` } : null,
    notified: notify ? { keys, at: now } : null,
  };
}

/** The next daily check: 9:00 local time, today if that is still ahead, else tomorrow. */
export function nextCheckAt(now: number): number {
  const next = new Date(now);
  next.setHours(9, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}
