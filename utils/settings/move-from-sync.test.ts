import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from './schema';
import { readStoredSettings } from './move-from-sync';
import { clearSettings, readSettings, readSettingsFrom, writeSettings } from './store';

beforeEach(() => fakeBrowser.reset());

const mine = { ...DEFAULT_SETTINGS, weeklyNoteGoal: 9, why: 'to learn from people who build data tools' };

describe('settings stay on this device', () => {
  it('are written to storage.local, never to storage.sync', async () => {
    await writeSettings(mine);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: mine });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('left in storage.sync by an earlier version, are moved to local once and removed from sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: mine });
    expect((await readSettings()).settings).toEqual(mine);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: mine });
    expect((await readSettings()).settings).toEqual(mine);
  });

  it('already in local, win over a stale copy in sync, which is removed', async () => {
    await writeSettings(mine);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 1 } });
    expect((await readSettings()).settings).toEqual(mine);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('are removed from both areas when cleared ("delete everything")', async () => {
    await writeSettings(mine);
    await fakeBrowser.storage.sync.set({ settings: mine });
    await clearSettings();
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  describe('read ahead (the coach starts the read while it loads)', () => {
    it('give the defaults when neither area has any', async () => {
      expect((await readSettingsFrom(readStoredSettings())).settings).toEqual(DEFAULT_SETTINGS);
    });

    it('give what local holds', async () => {
      await writeSettings(mine);
      expect((await readSettingsFrom(readStoredSettings())).settings).toEqual(mine);
    });

    it('still move a copy left in sync, and give it', async () => {
      await fakeBrowser.storage.sync.set({ settings: mine });
      expect((await readSettingsFrom(readStoredSettings())).settings).toEqual(mine);
      expect(await fakeBrowser.storage.sync.get()).toEqual({});
      expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: mine });
    });

    it('prefer local over a stale copy in sync, which is removed', async () => {
      await writeSettings(mine);
      await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 1 } });
      expect((await readSettingsFrom(readStoredSettings())).settings).toEqual(mine);
      expect(await fakeBrowser.storage.sync.get()).toEqual({});
    });
  });
});
