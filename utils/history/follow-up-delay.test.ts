import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { readSettings, writeSettings } from '@/utils/settings/store';
import { openHistoryStore } from './store';
import { invitation, uniqueDatabaseName } from './test-fixtures';
import { DAY_MS } from './weeks';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

beforeEach(() => fakeBrowser.reset());

it('a store can follow the "follow up after" setting as the person changes it', async () => {
  const store = await openHistoryStore({
    name: uniqueDatabaseName('delay'),
    followUpDelayDays: async () => (await readSettings()).settings.followUpDelayDays,
  });
  await store.recordSend(invitation('ana', 'Ana Souza', NOW, null));
  await store.recordSend(invitation('wei', 'Wei Zhang', NOW, null));

  await writeSettings({ ...DEFAULT_SETTINGS, followUpDelayDays: 3 });
  expect((await store.setStage('linkedin.com/in/ana', 'connected', NOW)).nextFollowUpAt).toBe(NOW + 3 * DAY_MS);
  await writeSettings({ ...DEFAULT_SETTINGS, followUpDelayDays: 14 });
  expect((await store.setStage('linkedin.com/in/wei', 'connected', NOW)).nextFollowUpAt).toBe(NOW + 14 * DAY_MS);
  store.close();
});
