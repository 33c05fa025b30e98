import type { PhraseEntry } from '../text/phrase-matcher';

/** Pressure to act now, whatever the sentence. */
export const URGENCY: readonly PhraseEntry[] = [
  'asap',
  'as soon as possible',
  'urgent',
  'urgently',
  'time sensitive',
  'right away',
  'immediately',
  'limited time',
  'act now',
  "don't miss",
  'last chance',
  'by eod',
  'end of day',
  // "Want one of the spots? They always go quick!"
  'go quick',
  'go quickly',
  'go fast',
  'fill up fast',
  'booking up fast',
];

/** Deadlines that only read as pressure beside an ask ("a call this week"), not in "your talk this week". */
export const DEADLINES: readonly PhraseEntry[] = [
  'this week',
  'today',
  'tomorrow',
  'by friday',
  'by monday',
  'this afternoon',
  'in the next few days',
  'before the end of the week',
];
