import type { Migration } from './migration';

/** Version 1: contacts keyed by profile address, touches by an auto-incremented id. */
export const initial: Migration = {
  version: 1,
  name: '001-initial',
  migrate(db) {
    const contacts = db.createObjectStore('contacts', { keyPath: 'key' });
    contacts.createIndex('by-last-touch', 'lastTouchAt');
    contacts.createIndex('by-name', 'nameLower');
    contacts.createIndex('by-name-word', 'nameWords', { multiEntry: true });
    contacts.createIndex('by-next-follow-up', 'nextFollowUpAt');

    const touches = db.createObjectStore('touches', { keyPath: 'id', autoIncrement: true });
    touches.createIndex('by-at', 'at');
    touches.createIndex('by-contact-at', ['contactKey', 'at']);
    touches.createIndex('by-kind-at', ['kind', 'at']);
    // Sparse: only touches with a note carry `noteAt`.
    touches.createIndex('by-note-at', 'noteAt');
  },
};
