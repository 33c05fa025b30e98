import type { PhraseEntry } from '../text/phrase-matcher';

/** Openings that fit anyone, so they tell the reader the note was not written for them. */
export const GENERIC_GREETINGS: readonly PhraseEntry[] = [
  // "Dear Sir or Madam", "Dear Sir/Madam" too: the mark covers their first words.
  'dear sir/madam/friend/connection/professional/user/recruiter',
  'to whom it may concern',
  'hi there/friend/connection/dear/all',
  'hello there/friend/connection/dear/all',
  'hey there/friend',
  'greetings of the day',
  'dear linkedin member',
  'dear hiring manager/team',
];
