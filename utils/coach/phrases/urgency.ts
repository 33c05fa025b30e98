import type { PhraseEntry } from '../text/phrase-matcher';

/** Pressure to act now, whatever the sentence. */
export const URGENCY: readonly PhraseEntry[] = [
  'asap/urgent/urgently/immediately',
  'as soon as possible',
  'time sensitive',
  'right away',
  'limited time',
  'act now',
  "don't miss",
  'last chance',
  'by eod',
  'end of day',
  // "Want one of the spots? They always go quick!"
  'go quick/quickly/fast',
  'fill/booking up fast',
  // "holding that suite for Ray until Friday, but I can't promise it after that".
  'promise it/that after',
  // "the forces offer ends Friday".
  'offer ends',
];

/**
 * The writer takes the pressure off: "could you call me this week? Nothing urgent", "no worries if it's
 * a no". About fifty good or borderline notes of the corpus say one, two transactional.
 */
export const UNHURRIED: readonly PhraseEntry[] = ['no rush', 'no hurry', 'nothing urgent', 'not urgent', 'no worries if', 'no hard feelings'];

/** Deadlines that only read as pressure beside an ask ("a call this week"), not in "your talk this week". */
export const DEADLINES: readonly PhraseEntry[] = [
  'this week/afternoon',
  'today/tomorrow',
  'by friday/monday',
  'in the next few days',
  'before the end of the week',
];
