import { z } from 'zod';
import { strictnessSchema } from '@/utils/coach/schema';

// The person's own goals and preferences. Stored in storage.local (on this device only),
// versioned: every change of shape is a numbered migration in ./migrations.ts.

export const SETTINGS_VERSION = 1;

/**
 * The most the settings may take as stored (UTF-8 JSON). Real settings take well under 1 KB; the
 * fields' own limits would allow about 60 KB. 8 KB is also storage.sync's limit for one item.
 */
export const MAX_SETTINGS_BYTES = 8_192;

const encoder = new TextEncoder();

/** Bytes of UTF-8 JSON, as the browser counts a stored value. */
export function storedBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

const goal = (max: number, message: string) =>
  z
    .number({ error: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(0, 'A goal cannot be negative.')
    .max(max, message);

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    /** Personal notes a week: showing up steadily, not in bursts. */
    weeklyNoteGoal: goal(100, 'LinkedIn allows about 100 invitations a week; pick a goal below that.'),
    /** Connection requests a day before the coach mentions pace. */
    dailyRequestCap: z
      .number({ error: 'Enter a whole number.' })
      .int('Enter a whole number.')
      .min(1, 'The cap must allow at least one request a day.')
      .max(100, 'LinkedIn allows about 100 invitations a week; a daily cap above that has no meaning.'),
    /** Days after a request is accepted before a follow-up is due. */
    followUpDelayDays: z
      .number({ error: 'Enter a whole number of days.' })
      .int('Enter a whole number of days.')
      .min(1, 'Give them at least a day.')
      .max(90, 'After three months the moment has passed; choose 90 days or fewer.'),
    weeklyFollowUpGoal: goal(100, 'Choose 100 follow-ups a week or fewer.'),
    /** What the person can offer others: skills, intros, resources. */
    offers: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'An offer cannot be empty.')
          .max(120, 'Keep each offer under 120 characters.'),
      )
      .max(12, 'Twelve offers at most: the coach suggests the first ones.'),
    /** Why they network, in their own words; shown back in the popup. */
    why: z.string().max(200, 'Keep it to one line (200 characters).'),
    /** Coach rules switched off, from the options page or the panel. */
    mutedRules: z.array(z.string().max(100)).max(200),
    strictness: strictnessSchema,
    /** Ask "send anyway?" once before sending a note the coach reads as a transaction. */
    pauseBeforeTransactional: z.boolean(),
  })
  .superRefine((settings, ctx) => {
    const bytes = storedBytes(settings);
    if (bytes > MAX_SETTINGS_BYTES)
      ctx.addIssue({
        code: 'custom',
        message: `These settings take ${bytes.toLocaleString('en')} bytes; Cultivate keeps at most ${MAX_SETTINGS_BYTES.toLocaleString('en')}. Remove some offers or switched-off checks.`,
      });
  });
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  weeklyNoteGoal: 5,
  dailyRequestCap: 10,
  followUpDelayDays: 7,
  weeklyFollowUpGoal: 3,
  offers: [],
  why: '',
  mutedRules: [],
  strictness: 'balanced',
  pauseBeforeTransactional: false,
};
