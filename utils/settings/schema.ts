import { z } from 'zod/mini';
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

// zod's tree-shakable API (zod/mini): the coaching UI reads these settings, and size counts there.
// The words a person reads when a value is refused are in settings-words.ts, which the pages that
// show them load; the coaching UI only reads settings, and carries none of them.
const goal = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

const fields = {
  version: z.literal(SETTINGS_VERSION),
  /** Personal notes a week: showing up steadily, not in bursts. */
  weeklyNoteGoal: goal(100),
  /** Connection requests a day before the coach mentions pace. */
  dailyRequestCap: z.int().check(z.minimum(1), z.maximum(100)),
  /** Days after a request is accepted before a follow-up is due. */
  followUpDelayDays: z.int().check(z.minimum(1), z.maximum(90)),
  weeklyFollowUpGoal: goal(100),
  /** What the person can offer others: skills, intros, resources. */
  offers: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.maxLength(12)),
  /** Why they network, in their own words; shown back in the popup. */
  why: z.string().check(z.maxLength(200)),
  /** Coach rules switched off, from the options page or the panel. */
  mutedRules: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  strictness: strictnessSchema,
  /** Ask "send anyway?" once before sending a note the coach reads as a transaction. */
  pauseBeforeTransactional: z.boolean(),
};

/** All settings together fit the storage item (one object, within MAX_SETTINGS_BYTES). */
const fitsStorage = z.superRefine((settings: unknown, ctx) => {
  const bytes = storedBytes(settings);
  if (bytes > MAX_SETTINGS_BYTES)
    ctx.addIssue({
      code: 'custom',
      message: `These settings take ${bytes.toLocaleString('en')} bytes; Cultivate keeps at most ${MAX_SETTINGS_BYTES.toLocaleString('en')}. Remove some offers or switched-off checks.`,
    });
});

export const settingsSchema = z.object(fields).check(fitsStorage);
/** The same settings where a field this version does not know is an error (an export file's). */
export const strictSettingsSchema = z.strictObject(fields).check(fitsStorage);
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
