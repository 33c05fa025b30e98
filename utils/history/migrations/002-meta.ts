import type { Migration } from './migration';

/**
 * Version 2: a small `meta` store. Its `generation` record counts imports and deletions, so every
 * open store (the background's, the popup's) knows its in-memory notes are stale.
 */
export const meta: Migration = {
  version: 2,
  name: '002-meta',
  migrate(db) {
    db.createObjectStore('meta');
  },
};
