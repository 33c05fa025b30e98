import type { Phrase } from '../text/phrase-matcher';

/** Pressure to act now, whatever the sentence. */
export const URGENCY: readonly Phrase[] = [
  { phrase: 'asap' },
  { phrase: 'as soon as possible' },
  { phrase: 'urgent' },
  { phrase: 'urgently' },
  { phrase: 'time sensitive' },
  { phrase: 'right away' },
  { phrase: 'immediately' },
  { phrase: 'limited time' },
  { phrase: 'act now' },
  { phrase: "don't miss" },
  { phrase: 'last chance' },
  { phrase: 'by eod' },
  { phrase: 'end of day' },
];

/** Deadlines that only read as pressure beside an ask ("a call this week"), not in "your talk this week". */
export const DEADLINES: readonly Phrase[] = [
  { phrase: 'this week' },
  { phrase: 'today' },
  { phrase: 'tomorrow' },
  { phrase: 'by friday' },
  { phrase: 'by monday' },
  { phrase: 'this afternoon' },
  { phrase: 'in the next few days' },
  { phrase: 'before the end of the week' },
];
