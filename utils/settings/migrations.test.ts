// The options page shows these repairs in zod's English and the settings' own words, which it sets up
// (utils/zod-english.ts, utils/settings/settings-words.ts).
import '@/utils/zod-english';
import '@/utils/settings/settings-words';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import { loadSettings } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';

describe('settings as stored', () => {
  test('nothing stored yet: the defaults, a cap well below LinkedIn’s weekly limit', () => {
    const { settings, repaired } = loadSettings(null);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.dailyRequestCap * 7).toBeLessThan(100);
    expect(repaired).toEqual([]);
  });

  test('version 0 migrates to the current version: what was stored is kept, nothing is called repaired', () => {
    const stored = { version: 0, offers: ['intros to city data teams'], mutedRules: ['too-short'], weeklyNoteGoal: 9 };
    expect(loadSettings(stored)).toEqual({
      settings: { ...DEFAULT_SETTINGS, offers: ['intros to city data teams'], mutedRules: ['too-short'], weeklyNoteGoal: 9 },
      isDefault: false,
      repaired: [],
    });
  });

  test('before settings had a version (no version field): the muted checks the panel wrote are kept', () => {
    expect(loadSettings({ mutedRules: ['too-short', 'generic-greeting'] })).toEqual({
      settings: { ...DEFAULT_SETTINGS, mutedRules: ['too-short', 'generic-greeting'] },
      isDefault: false,
      repaired: [],
    });
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

  test('after one field is repaired the rest are still the person’s own, not suggested defaults', () => {
    const own = { ...DEFAULT_SETTINGS, weeklyNoteGoal: 8, weeklyFollowUpGoal: 4, why: 'to learn', strictness: 'strict' as const };
    expect(loadSettings({ ...own, dailyRequestCap: 0 })).toEqual({
      settings: own,
      isDefault: false,
      repaired: ['dailyRequestCap: The cap must allow at least one request a day.'],
    });
  });

  test('a field that is missing is filled in without being called a repair', () => {
    const { version: _version, pauseBeforeTransactional: _pause, ...partial } = { ...DEFAULT_SETTINGS, weeklyNoteGoal: 2 };
    expect(loadSettings({ ...partial, version: 1 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 2 },
      isDefault: false,
      repaired: [],
    });
  });

  test('a stored version that is not a number is read as version 0 and migrated', () => {
    expect(loadSettings({ ...DEFAULT_SETTINGS, version: '1', weeklyNoteGoal: 6 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 6 },
      isDefault: false,
      repaired: [],
    });
  });

  test.each([[-1], [0.5]])('version %j, which no migration starts from, is repaired field by field without throwing', (version) => {
    expect(loadSettings({ ...DEFAULT_SETTINGS, version, weeklyNoteGoal: 6 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 6 },
      isDefault: false,
      repaired: ['version: Invalid input: expected 1'],
    });
  });

  test.each([[null], [undefined]])('nothing stored (%j): the suggested defaults, marked as such', (stored) => {
    expect(loadSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, isDefault: true, repaired: [] });
  });

  test('settings the person saved are theirs, even when they equal the defaults', () => {
    expect(loadSettings({ ...DEFAULT_SETTINGS })).toEqual({ settings: DEFAULT_SETTINGS, isDefault: false, repaired: [] });
  });

  test.each([[42], ['settings'], [[1, 2]], [{ version: 'one' }]])('%j becomes the defaults', (stored) => {
    expect(loadSettings(stored).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('settings from a newer version are not guessed at', () => {
    expect(
      loadSettings({
        ...DEFAULT_SETTINGS,
        version: SETTINGS_VERSION + 1,
        weeklyNoteGoal: 9,
      }),
    ).toEqual({
      settings: DEFAULT_SETTINGS,
      isDefault: true,
      repaired: [`settings from a newer version (${SETTINGS_VERSION + 1}) were not read`],
    });
  });

  test('prototype-polluting keys are dropped, not merged', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "why": "to learn"}',
    ) as Record<string, unknown>;
    // The keys really are there, as own keys: JSON.parse does not treat "__proto__" specially.
    expect(Object.keys(hostile)).toEqual(['__proto__', 'constructor', 'why']);
    const { settings } = loadSettings(hostile);
    expect(settings.why).toBe('to learn');
    // Merging the hostile object by assignment would change the result's prototype or constructor.
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(settings.constructor).toBe(Object);
    expect('polluted' in settings).toBe(false);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('muted checks after a rule is renamed', () => {
  const renames = new Map([['hi-there', 'generic-greeting']]);
  const note = 'Hi there, I would like to add you to my professional network.';

  test('a check muted under its old id stays muted under the new one', () => {
    const stored = { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, mutedRules: ['hi-there', 'too-short'] };
    const { settings, repaired } = loadSettings(stored, renames);
    expect(settings.mutedRules).toEqual(['generic-greeting', 'too-short']);
    expect(repaired).toEqual([]);
    const rules = (mutedRules: string[]) => analyze({ text: note, surface: 'invitation' }, { mutedRules }).findings.map((f) => f.rule);
    expect(rules([])).toContain('generic-greeting');
    expect(rules(settings.mutedRules)).not.toContain('generic-greeting');
  });

  test('muted under both ids, it is listed once', () => {
    const stored = { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, mutedRules: ['generic-greeting', 'hi-there'] };
    expect(loadSettings(stored, renames).settings.mutedRules).toEqual(['generic-greeting']);
  });
});
