// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { ask } from '@/utils/messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { readSettings } from '@/utils/settings/store';
import { personClicks } from '@/tests/unit/as-the-person';
import { contextPerTest, quietSpell } from '@/tests/unit/page-under-test';
import { plantInvitationNote } from '@/tests/unit/planted-composers';
import { startCoaching } from './coach-runtime';

// The person's settings decide what the panel shows and whether a Send is paused, so nothing of
// ours appears before they are read: under load the read can take longer than the person's Send.

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ ok: true })) }));
vi.mock('@/utils/settings/store', () => ({ readSettings: vi.fn(), watchSettings: vi.fn(() => () => undefined) }));

const ctx = contextPerTest();
let settingsRead: (settings: Settings) => void;
let settingsFailed: (error: Error) => void;
beforeEach(() => {
  vi.mocked(readSettings).mockImplementation(
    () =>
      new Promise((resolve, reject) => {
        settingsRead = (settings) => resolve({ settings, isDefault: false, repaired: [] });
        settingsFailed = reject;
      }),
  );
});

const panel = () => document.querySelector('cultivate-coach');
const recorded = () => vi.mocked(ask).mock.calls.filter(([m]) => m.type === 'to-background:record-send');
const TRANSACTIONAL = 'Hi, I am expanding my network. Could we hop on a quick call this week to discuss our services?';

test('nothing of ours shows until the settings are read; then the panel comes', async () => {
  const page = plantInvitationNote();
  startCoaching(ctx());
  personClicks(page.note);
  await quietSpell();
  expect(panel()).toBeNull();

  settingsRead(DEFAULT_SETTINGS);
  await vi.waitFor(() => expect(panel()).not.toBeNull());
});

test('settings that cannot be read bring the panel with the defaults', async () => {
  const page = plantInvitationNote();
  startCoaching(ctx());
  personClicks(page.note);
  await quietSpell();
  expect(panel()).toBeNull();
  settingsFailed(new Error('storage unavailable'));
  await vi.waitFor(() => expect(panel()).not.toBeNull());
});

test('the pause the person asked for holds the first Send of a transactional note once', async () => {
  const page = plantInvitationNote();
  startCoaching(ctx());
  personClicks(page.note);
  settingsRead({ ...DEFAULT_SETTINGS, pauseBeforeTransactional: true });
  await vi.waitFor(() => expect(panel()).not.toBeNull());

  page.note.value = TRANSACTIONAL;
  let sent = 0;
  page.send.addEventListener('click', () => sent++);
  personClicks(page.send);
  expect(sent).toBe(0);
  expect(recorded()).toEqual([]);

  personClicks(page.send);
  expect(sent).toBe(1);
  expect(recorded()).toHaveLength(1);
});
