import { wordList } from '../text/word-set';
/** Days of the week: capitalised without being names, and a day proposed books the reader. */
export const WEEKDAYS: readonly string[] = wordList(
  'monday tuesday wednesday thursday friday saturday sunday',
);

/** A day named in a proposal: "Tuesday at 4", "thurs", "tomorrow". */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'tomorrow',
  'today',
  'tonight',
]);
