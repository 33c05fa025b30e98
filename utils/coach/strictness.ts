import type { Strictness } from './schema';

/** Numbers that strictness shifts, modestly. Everything else is the same at every level. */
export interface Thresholds {
  /** Below this many words an invitation carries nothing personal. */
  tooShortWords: number;
  tooShortWordsMessage: number;
  /** I/me/my count at least this, and this many times the you/your count. */
  selfFocusMinCount: number;
  selfFocusRatio: number;
  /** Shingle similarity at which a past note counts as the same template. */
  templateSimilarity: number;
  /** How many near-copies already sent before this one is flagged. */
  templateMinCopies: number;
  burstPerDay: number;
  burstPerWeek: number;
}

export const THRESHOLDS: Record<Strictness, Thresholds> = {
  gentle: {
    tooShortWords: 4,
    tooShortWordsMessage: 2,
    selfFocusMinCount: 6,
    selfFocusRatio: 3,
    templateSimilarity: 0.7,
    templateMinCopies: 3,
    burstPerDay: 40,
    burstPerWeek: 150,
  },
  balanced: {
    tooShortWords: 6,
    tooShortWordsMessage: 3,
    selfFocusMinCount: 5,
    selfFocusRatio: 2.5,
    templateSimilarity: 0.6,
    templateMinCopies: 2,
    burstPerDay: 25,
    burstPerWeek: 100,
  },
  strict: {
    tooShortWords: 8,
    tooShortWordsMessage: 4,
    selfFocusMinCount: 4,
    selfFocusRatio: 2,
    templateSimilarity: 0.5,
    templateMinCopies: 1,
    burstPerDay: 15,
    burstPerWeek: 70,
  },
};
