import type { Recipient } from '@/utils/coach/schema';
import type { SendRecord } from '@/utils/messaging/protocol';
import type { TouchWithContact } from './api';

/** A stored touch as the send it came from (a follow-up reads as a message without a note). */
export function toSendRecord({ touch, contact }: TouchWithContact): SendRecord {
  const recipient: Recipient = {};
  if (contact.name) recipient.name = contact.name;
  if (contact.headline) recipient.headline = contact.headline;
  if (contact.company) recipient.company = contact.company;
  if (contact.profileUrl) recipient.profileUrl = contact.profileUrl;
  return {
    surface: touch.surface,
    recipient,
    note: touch.note,
    analysis: touch.analysis,
    pageUrl: touch.pageUrl,
    at: touch.at,
  };
}
