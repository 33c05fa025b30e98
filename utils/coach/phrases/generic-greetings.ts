import type { PhraseEntry } from '../text/phrase-matcher';

/** Openings that fit anyone, so they tell the reader the note was not written for them. */
export const GENERIC_GREETINGS: readonly PhraseEntry[] = [
  // "Dear Sir or Madam", "Dear Sir/Madam" too: the mark covers their first words.
  'dear sir',
  'dear madam',
  'to whom it may concern',
  'hi there',
  'hello there',
  'hey there',
  'hello friend',
  'hi friend',
  'hey friend',
  'dear friend',
  'dear connection',
  'hello connection',
  'hi connection',
  'dear professional',
  'hello dear',
  'hi dear',
  'hi all',
  'hello all',
  'greetings of the day',
  'dear linkedin member',
  'dear user',
  'dear hiring manager',
  'dear recruiter',
  'dear hiring team',
];
