import { localItem } from '@/utils/local-item/local-item';
import { loadSettings, type Loaded } from './migrations';
import {
  moveSettingsFromSync,
  removeSettingsFromSync,
  SETTINGS_KEY,
  type StoredSettings,
} from './move-from-sync';
import { settingsSchema, type Settings } from './schema';

/** One small object in local storage: it stays on this device (never storage.sync, which uploads). */
const settingsItem = localItem<unknown>(SETTINGS_KEY, null);

export async function readSettings(): Promise<Loaded> {
  await moveSettingsFromSync();
  return loadSettings(await settingsItem.getValue());
}

/** `readSettings` from both areas read ahead (`readStoredSettings`); a copy still in sync is moved first. */
export async function readSettingsFrom(stored: Promise<StoredSettings>): Promise<Loaded> {
  const { sync, local } = await stored;
  if (sync !== undefined) return readSettings();
  return loadSettings(local ?? null);
}

/** Saves settings that pass the schema; anything else is refused with the schema's words. */
export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Removes the saved settings: the next read gives the defaults ("delete everything"). */
/** The settings exactly as stored (null when none are), for `restoreSettings` if a larger change fails. */
export function snapshotSettings(): Promise<unknown> {
  return settingsItem.getValue();
}

/** Puts back what `snapshotSettings` read, byte for byte. */
export async function restoreSettings(snapshot: unknown): Promise<void> {
  if (snapshot === null) await settingsItem.removeValue();
  else await settingsItem.setValue(snapshot);
}

export async function clearSettings(): Promise<void> {
  await Promise.all([settingsItem.removeValue(), removeSettingsFromSync()]);
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change((await readSettings()).settings);
  await writeSettings(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings, loaded: Loaded) => void): () => void {
  return settingsItem.watch((value) => {
    const loaded = loadSettings(value);
    onChange(loaded.settings, loaded);
  });
}

export function muteRule(rule: string): Promise<Settings> {
  return updateSettings((s) =>
    s.mutedRules.includes(rule) ? s : { ...s, mutedRules: [...s.mutedRules, rule] },
  );
}

export function unmuteRule(rule: string): Promise<Settings> {
  return updateSettings((s) => ({ ...s, mutedRules: s.mutedRules.filter((r) => r !== rule) }));
}
