import { z } from 'zod/mini';
import { settingsSchema } from './schema';

// The words a person reads when a setting is refused: a goal typed on the options page, a field
// repaired on reading, an imported file's settings. Like zod's English (utils/zod-english.ts), they
// are taught to zod only where a page shows them (the options page and its import worker import this
// module). The coaching UI reads settings and never says why one was refused: it carries none of
// these words (287 bytes gzipped, 2026-12-03).

interface Words {
  /** Not a whole number, or not a number at all. */
  type?: string;
  small?: string;
  big?: string;
}

const WHOLE = 'Enter a whole number.';
const NEGATIVE = 'A goal cannot be negative.';
const { shape } = settingsSchema;

/** Keyed by the field's schema, which zod names as the owner of each issue it raises. */
const WORDS = new Map<unknown, Words>([
  [shape.weeklyNoteGoal, { type: WHOLE, small: NEGATIVE, big: 'LinkedIn allows about 100 invitations a week; pick a goal below that.' }],
  [shape.weeklyFollowUpGoal, { type: WHOLE, small: NEGATIVE, big: 'Choose 100 follow-ups a week or fewer.' }],
  [
    shape.dailyRequestCap,
    {
      type: WHOLE,
      small: 'The cap must allow at least one request a day.',
      big: 'LinkedIn allows about 100 invitations a week; a daily cap above that has no meaning.',
    },
  ],
  [
    shape.followUpDelayDays,
    {
      type: 'Enter a whole number of days.',
      small: 'Give them at least a day.',
      big: 'After three months the moment has passed; choose 90 days or fewer.',
    },
  ],
  [shape.offers.def.element, { small: 'An offer cannot be empty.', big: 'Keep each offer under 120 characters.' }],
  [shape.offers, { big: 'Twelve offers at most: the coach suggests the first ones.' }],
  [shape.why, { big: 'Keep it to one line (200 characters).' }],
]);

const KIND_OF_ISSUE: Partial<Record<string, keyof Words>> = { invalid_type: 'type', too_small: 'small', too_big: 'big' };

/** The words for an issue a settings field raised; undefined leaves any other issue to zod's own. */
export function settingsWords(issue: z.core.$ZodRawIssue): string | undefined {
  const kind = KIND_OF_ISSUE[issue.code ?? ''];
  return kind && WORDS.get(issue.schema)?.[kind];
}

z.config({ customError: settingsWords });
