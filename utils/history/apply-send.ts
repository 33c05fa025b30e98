import { profileAddress } from '@/utils/contact-key/contact-key';
import type { Contact, SendRecord, Touch } from './model';
import { nameWords } from './name-words';

// What one send does to a contact and which touch it adds. Pure, so the rules are testable alone.

function clip(text: string | undefined, max: number): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function withName(contact: Contact, name: string): Contact {
  return { ...contact, name, nameLower: name.toLowerCase(), nameWords: nameWords(name) };
}

/** The contact after `send`: created, or updated with what the send newly tells. */
export function contactAfterSend(existing: Contact | undefined, key: string, send: SendRecord): Contact {
  const { recipient } = send;
  const name = clip(recipient.name, 300);
  const headline = clip(recipient.headline, 2_000);
  const company = clip(recipient.company, 300);
  // A profile key: keep it as a link too.
  const profileUrl = profileAddress(key)?.slice(0, 300);

  let contact: Contact = existing
    ? {
        ...existing,
        firstContactAt: Math.min(existing.firstContactAt, send.at),
        lastTouchAt: Math.max(existing.lastTouchAt, send.at),
      }
    : {
        key,
        name: '',
        nameLower: '',
        nameWords: [],
        firstContactAt: send.at,
        stage: send.surface === 'message' ? 'conversing' : 'requested',
        lastTouchAt: send.at,
      };
  if (name && name !== contact.name) contact = withName(contact, name);
  if (headline) contact.headline = headline;
  if (company) contact.company = company;
  if (profileUrl) contact.profileUrl = profileUrl;

  if (send.surface === 'message') {
    if (contact.stage === 'requested' || contact.stage === 'connected') contact.stage = 'conversing';
    // Reminders follow real contact: writing to them is the follow-up.
    delete contact.nextFollowUpAt;
  }
  return contact;
}

export function touchFromSend(key: string, send: SendRecord): Touch {
  const touch: Touch = {
    contactKey: key,
    kind: send.surface,
    surface: send.surface,
    at: send.at,
    note: send.note === null ? null : send.note.slice(0, 20_000),
    analysis: send.analysis,
    pageUrl: send.pageUrl.slice(0, 2_000),
  };
  if (touch.note?.trim()) touch.noteAt = touch.at;
  return touch;
}

/** A follow-up the person marked as done in the popup: no note, no page. */
export function followUpTouch(key: string, at: number): Touch {
  return { contactKey: key, kind: 'follow-up', surface: 'message', at, note: null, analysis: null, pageUrl: '' };
}
