import './settings-words';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from './schema';

const { shape } = settingsSchema;
const firstMessage = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('a refused setting says why in its own words', () => {
  test.each([
    ['weeklyNoteGoal', 2.5, 'Enter a whole number.'],
    ['weeklyNoteGoal', -1, 'A goal cannot be negative.'],
    ['weeklyNoteGoal', 101, 'LinkedIn allows about 100 invitations a week; pick a goal below that.'],
    ['weeklyFollowUpGoal', 101, 'Choose 100 follow-ups a week or fewer.'],
    ['dailyRequestCap', 'ten', 'Enter a whole number.'],
    ['dailyRequestCap', 0, 'The cap must allow at least one request a day.'],
    ['dailyRequestCap', 101, 'LinkedIn allows about 100 invitations a week; a daily cap above that has no meaning.'],
    ['followUpDelayDays', 1.5, 'Enter a whole number of days.'],
    ['followUpDelayDays', 0, 'Give them at least a day.'],
    ['followUpDelayDays', 91, 'After three months the moment has passed; choose 90 days or fewer.'],
    ['offers', ['   '], 'An offer cannot be empty.'],
    ['offers', ['x'.repeat(121)], 'Keep each offer under 120 characters.'],
    ['offers', Array.from({ length: 13 }, (_, i) => `offer ${i}`), 'Twelve offers at most: the coach suggests the first ones.'],
    ['why', 'y'.repeat(201), 'Keep it to one line (200 characters).'],
  ] as const)('%s given %j: "%s"', (field, value, words) => {
    // The options page checks one field as it is typed; a stored or imported file is read whole.
    expect(firstMessage(shape[field].safeParse(value))).toBe(words);
    const whole = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [field]: value });
    expect(whole.error?.issues[0]).toMatchObject({ path: expect.arrayContaining([field]), message: words });
  });

  test('another schema keeps zod’s own words', () => {
    expect(firstMessage(shape.strictness.safeParse('loose'))).not.toMatch(/goal|offer|cap|days/i);
  });
});
