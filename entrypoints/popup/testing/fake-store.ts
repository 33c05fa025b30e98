import type { HistoryStore, RecentPerson, TouchWithContact, WeekActivity, WeekSummary } from '@/utils/history/api';
import type { Contact, Touch } from '@/utils/history/model';
import type { SendRecord } from '@/utils/history/model';
import { contactKeyFor } from '@/utils/history/contact-key';
import { profileAddress } from '@/utils/contact-key/contact-key';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const FOLLOW_UP_AFTER = 7 * DAY;

/** Monday 00:00 local time of the week holding `at`. */
export function startOfWeek(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  const sinceMonday = (day.getDay() + 6) % 7;
  day.setDate(day.getDate() - sinceMonday);
  return day.getTime();
}

/**
 * `HistoryStore` in memory, for fast component tests. It answers as the IndexedDB store
 * (utils/history/store.ts) does, without its indexes: fine for hundreds of records, not for 100,000.
 */
export class FakeHistoryStore implements HistoryStore {
  readonly contacts = new Map<string, Contact>();
  /** Oldest first. */
  readonly touches: Touch[] = [];
  private nextId = 1;

  async recordSend(send: SendRecord): Promise<TouchWithContact> {
    const key = contactKeyFor(send);
    const name = send.recipient.name ?? key;
    const known = this.contacts.get(key);
    const contact: Contact = {
      key,
      name,
      nameLower: name.toLowerCase(),
      headline: send.recipient.headline ?? known?.headline,
      company: send.recipient.company ?? known?.company,
      profileUrl: profileAddress(key),
      firstContactAt: Math.min(known?.firstContactAt ?? send.at, send.at),
      // As the real store: a message means a conversation, and writing to someone is the follow-up.
      stage: send.surface === 'message' ? 'conversing' : (known?.stage ?? 'requested'),
      lastTouchAt: Math.max(known?.lastTouchAt ?? 0, send.at),
      nextFollowUpAt: send.surface === 'message' ? undefined : known?.nextFollowUpAt,
      howWeMet: known?.howWeMet,
    };
    this.contacts.set(key, contact);
    const touch: Touch = {
      id: this.nextId++,
      contactKey: key,
      kind: send.surface,
      surface: send.surface,
      at: send.at,
      note: send.note,
      analysis: send.analysis,
      pageUrl: send.pageUrl,
    };
    this.insertTouch(touch);
    return { touch, contact };
  }

  async recentTouches(limit: number, before = Number.POSITIVE_INFINITY): Promise<TouchWithContact[]> {
    const page: TouchWithContact[] = [];
    for (let i = this.touches.length - 1; i >= 0 && page.length < limit; i--) {
      const touch = this.touches[i]!;
      if (touch.at < before) page.push({ touch, contact: this.mustGet(touch.contactKey) });
    }
    return page;
  }

  async recentPeople(limit: number, before = Number.POSITIVE_INFINITY): Promise<RecentPerson[]> {
    return [...this.contacts.values()]
      .filter((contact) => contact.lastTouchAt < before)
      .sort((a, b) => b.lastTouchAt - a.lastTouchAt)
      .slice(0, limit)
      .map((contact) => {
        const theirs = this.touches.filter((t) => t.contactKey === contact.key).reverse();
        return {
          contact,
          latest: theirs[0],
          lastNote: theirs.slice(0, 5).find((t) => Boolean(t.note?.trim())),
        };
      });
  }

  async searchContacts(query: string, limit: number): Promise<Contact[]> {
    const q = query.trim().toLowerCase();
    const words = q.split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const matches = (c: Contact) => {
      const nameWords = c.nameLower.split(/\s+/);
      return c.nameLower.startsWith(q) || words.every((word) => nameWords.some((w) => w.startsWith(word)));
    };
    return [...this.contacts.values()]
      .filter(matches)
      .sort((a, b) => b.lastTouchAt - a.lastTouchAt)
      .slice(0, limit);
  }

  async contact(key: string): Promise<Contact | undefined> {
    return this.contacts.get(key);
  }

  async timeline(contactKey: string, limit: number): Promise<Touch[]> {
    return this.touches
      .filter((t) => t.contactKey === contactKey)
      .reverse()
      .slice(0, limit);
  }

  /** Accepting schedules a follow-up a week later, unless one is set. */
  async setStage(contactKey: string, stage: Contact['stage'], now: number): Promise<Contact> {
    const planned = this.mustGet(contactKey).nextFollowUpAt;
    const nextFollowUpAt = stage === 'connected' && planned === undefined ? now + FOLLOW_UP_AFTER : planned;
    return this.update(contactKey, { stage, nextFollowUpAt });
  }

  async setHowWeMet(contactKey: string, howWeMet: string): Promise<Contact> {
    return this.update(contactKey, { howWeMet: howWeMet.trim() || undefined });
  }

  async followUpsDue(now: number, limit: number): Promise<Contact[]> {
    return [...this.contacts.values()]
      .filter((c) => c.nextFollowUpAt !== undefined && c.nextFollowUpAt <= now)
      .sort((a, b) => a.nextFollowUpAt! - b.nextFollowUpAt!)
      .slice(0, limit);
  }

  async countFollowUpsDue(now: number): Promise<number> {
    return (await this.followUpsDue(now, Number.POSITIVE_INFINITY)).length;
  }

  async markFollowUpDone(contactKey: string, now: number): Promise<Contact> {
    this.insertTouch({
      id: this.nextId++,
      contactKey,
      kind: 'follow-up',
      surface: 'message',
      at: now,
      note: null,
      analysis: null,
      pageUrl: '',
    });
    return this.update(contactKey, { nextFollowUpAt: undefined, lastTouchAt: now });
  }

  async snoozeFollowUp(contactKey: string, until: number): Promise<Contact> {
    return this.update(contactKey, { nextFollowUpAt: until });
  }

  async weekSummary(now: number): Promise<WeekSummary> {
    const weekStart = startOfWeek(now);
    const week = this.touches.filter((t) => t.at >= weekStart && t.at <= now);
    const requests = week.filter((t) => t.kind === 'invitation');
    return {
      weekStart,
      requests: requests.length,
      requestsWithNote: requests.filter((t) => t.note?.trim()).length,
      relationalNotes: week.filter((t) => t.analysis?.verdict === 'relational').length,
      followUpsDone: week.filter((t) => t.kind === 'follow-up').length,
    };
  }

  async activityByWeek(now: number, weeks: number): Promise<WeekActivity[]> {
    const current = startOfWeek(now);
    return Array.from({ length: weeks }, (_, i) => {
      const weekStart = startOfWeek(current - (weeks - 1 - i) * WEEK + DAY);
      const end = weekStart + WEEK;
      const inWeek = this.touches.filter((t) => t.at >= weekStart && t.at < end);
      return {
        weekStart,
        requests: inWeek.filter((t) => t.kind === 'invitation').length,
        messages: inWeek.filter((t) => t.kind === 'message').length,
        followUps: inWeek.filter((t) => t.kind === 'follow-up').length,
      };
    });
  }

  async coachHistory(now: number) {
    const invitations = this.touches.filter((t) => t.kind === 'invitation');
    return {
      recentNotes: this.touches.flatMap((t) => (t.note ? [{ text: t.note, at: t.at }] : [])).slice(-200),
      sentLast24h: invitations.filter((t) => now - t.at < DAY).length,
      sentLast7d: invitations.filter((t) => now - t.at < WEEK).length,
    };
  }

  close(): void {}

  private insertTouch(touch: Touch) {
    let at = this.touches.length;
    while (at > 0 && this.touches[at - 1]!.at > touch.at) at--;
    this.touches.splice(at, 0, touch);
  }

  private mustGet(key: string): Contact {
    const contact = this.contacts.get(key);
    if (!contact) throw new Error(`No contact ${key}`);
    return contact;
  }

  private update(key: string, change: Partial<Contact>): Contact {
    const next = { ...this.mustGet(key), ...change };
    this.contacts.set(key, next);
    return next;
  }
}
