import type { TouchWithContact } from './api';
import { contactAfterSend, followUpTouch, touchFromSend } from './apply-send';
import { contactKeyFor } from './contact-key';
import type { HistoryDB } from './db';
import type { Contact, SendRecord, Stage } from './model';
import { inTransaction } from './transaction';
import { DAY_MS } from './weeks';

export async function recordSend(db: HistoryDB, send: SendRecord): Promise<TouchWithContact> {
  const key = contactKeyFor(send);
  return inTransaction(db, ['contacts', 'touches'], 'readwrite', 'record the send in your history', async (tx) => {
    const contacts = tx.objectStore('contacts');
    const contact = contactAfterSend(await contacts.get(key), key, send);
    const touch = touchFromSend(key, send);
    const [, id] = await Promise.all([contacts.put(contact), tx.objectStore('touches').add(touch)]);
    return { contact, touch: { ...touch, id } };
  });
}

/** Reads one contact, lets `change` return its new state, and writes it back, in one transaction. */
async function updateContact(
  db: HistoryDB,
  key: string,
  action: string,
  change: (contact: Contact) => Contact,
): Promise<Contact> {
  return inTransaction(db, ['contacts'], 'readwrite', action, async (tx) => {
    const existing = await tx.objectStore('contacts').get(key);
    if (!existing) throw new Error(`there is no contact "${key}" in your history`);
    const updated = change(existing);
    await tx.objectStore('contacts').put(updated);
    return updated;
  });
}

export function setStage(db: HistoryDB, key: string, stage: Stage, now: number, followUpDelayDays: number) {
  return updateContact(db, key, `set the stage of ${key}`, (contact) => {
    const updated = { ...contact, stage };
    if (stage === 'connected') updated.connectedAt ??= now;
    if (stage === 'connected' && updated.nextFollowUpAt === undefined) {
      updated.nextFollowUpAt = now + followUpDelayDays * DAY_MS;
    }
    return updated;
  });
}

export function setHowWeMet(db: HistoryDB, key: string, howWeMet: string) {
  return updateContact(db, key, `save how you met ${key}`, (contact) => {
    const updated = { ...contact };
    const text = howWeMet.trim().slice(0, 5_000);
    if (text) updated.howWeMet = text;
    else delete updated.howWeMet;
    return updated;
  });
}

export function snoozeFollowUp(db: HistoryDB, key: string, until: number) {
  return updateContact(db, key, `snooze the follow-up with ${key}`, (contact) => ({ ...contact, nextFollowUpAt: until }));
}

export async function markFollowUpDone(db: HistoryDB, key: string, now: number): Promise<Contact> {
  return inTransaction(db, ['contacts', 'touches'], 'readwrite', `mark the follow-up with ${key} as done`, async (tx) => {
    const contacts = tx.objectStore('contacts');
    const existing = await contacts.get(key);
    if (!existing) throw new Error(`there is no contact "${key}" in your history`);
    const updated: Contact = { ...existing, lastTouchAt: Math.max(existing.lastTouchAt, now) };
    delete updated.nextFollowUpAt;
    await Promise.all([contacts.put(updated), tx.objectStore('touches').add(followUpTouch(key, now))]);
    return updated;
  });
}
