import { describe, expect, test } from 'vitest';
import { loadSettings } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';

describe('settings as stored', () => {
  test('nothing stored yet: the defaults, a cap well below LinkedIn’s weekly limit', () => {
    const { settings, repaired } = loadSettings(null);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.dailyRequestCap * 7).toBeLessThan(100);
    expect(repaired).toEqual([]);
  });

  test('version 0 (no version field) migrates to the current version and keeps what fits', () => {
    const { settings } = loadSettings({ offers: ['intros to city data teams'], mutedRules: ['too-short'] });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.offers).toEqual(['intros to city data teams']);
    expect(settings.mutedRules).toEqual(['too-short']);
    expect(settings.weeklyNoteGoal).toBe(DEFAULT_SETTINGS.weeklyNoteGoal);
  });

  test('a broken field is reset alone, and the repair says which and why', () => {
    const { settings, repaired } = loadSettings({
      ...DEFAULT_SETTINGS,
      weeklyNoteGoal: -3,
      dailyRequestCap: 'ten',
      offers: ['mentoring new nurses'],
    });
    expect(settings.weeklyNoteGoal).toBe(DEFAULT_SETTINGS.weeklyNoteGoal);
    expect(settings.dailyRequestCap).toBe(DEFAULT_SETTINGS.dailyRequestCap);
    expect(settings.offers).toEqual(['mentoring new nurses']);
    expect(repaired).toEqual([
      'weeklyNoteGoal: A goal cannot be negative.',
      'dailyRequestCap: Enter a whole number.',
    ]);
  });

  test.each([[42], ['settings'], [[1, 2]], [{ version: 'one' }]])('%j becomes the defaults', (stored) => {
    expect(loadSettings(stored).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('settings from a newer version are not guessed at', () => {
    const { settings, repaired } = loadSettings({
      ...DEFAULT_SETTINGS,
      version: SETTINGS_VERSION + 1,
      weeklyNoteGoal: 9,
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired[0]).toMatch(/newer version/);
  });

  test('prototype-polluting keys are dropped, not merged', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "why": "to learn"}',
    );
    const { settings } = loadSettings(hostile);
    expect(settings.why).toBe('to learn');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
