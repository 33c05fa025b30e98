import { browser } from 'wxt/browser';

// Settings used to live in storage.sync, which the browser uploads to the person's account when
// sync is on. They now live in storage.local; this moves what an earlier version left in sync
// there, then removes it from sync. After the first move it is one read of an empty key.

export const SETTINGS_KEY = 'settings';

/** Moves settings left in storage.sync to storage.local (unless local already has some), then removes them from sync. */
export async function moveSettingsFromSync(): Promise<void> {
  try {
    // A browser without sync storage (or with it disabled by policy) has nothing to move.
    const sync = browser.storage.sync as typeof browser.storage.sync | undefined;
    if (!sync) return;
    const inSync = (await sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (inSync === undefined) return;
    const inLocal = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (inLocal === undefined) await browser.storage.local.set({ [SETTINGS_KEY]: inSync });
    await sync.remove(SETTINGS_KEY);
  } catch (error) {
    // Tried again at the next read; until then the settings in local (or the defaults) count.
    console.error('Cultivate: could not move your settings out of sync storage', error);
  }
}

/** The copies in both areas (undefined where none is), read at once. */
export interface StoredSettings {
  sync: unknown;
  local: unknown;
}

/**
 * Both areas read in parallel: the LinkedIn watcher starts this as it starts loading the coach, so
 * the coach's first read costs no round trip of its own. A sync area that cannot be read has nothing to move.
 */
export async function readStoredSettings(): Promise<StoredSettings> {
  const sync = browser.storage.sync as typeof browser.storage.sync | undefined;
  const [inSync, inLocal] = await Promise.all([
    sync?.get(SETTINGS_KEY).catch(() => undefined),
    browser.storage.local.get(SETTINGS_KEY),
  ]);
  return { sync: inSync?.[SETTINGS_KEY], local: inLocal[SETTINGS_KEY] };
}

/** "Delete everything" also removes a copy an earlier version left in storage.sync. */
export async function removeSettingsFromSync(): Promise<void> {
  await (browser.storage.sync as typeof browser.storage.sync | undefined)?.remove(SETTINGS_KEY);
}
