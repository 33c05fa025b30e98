import type { PhraseEntry } from '../text/phrase-matcher';

/** LinkedIn's own default invitation texts, past and present. */
export const BOILERPLATE: readonly PhraseEntry[] = [
  // The classic default.
  "I'd like to add you to my professional network on LinkedIn",
  // The default, shortened.
  "I'd like to add you to my professional network",
  'I would like to add you to my professional network',
  // The newer default.
  "I'd like to join your LinkedIn network",
  'I would like to join your LinkedIn network',
  "I'd like to join your network",
  // The default as a first line of its own: "I'd like to join your professional network on LinkedIn."
  "I'd like to join your professional network",
  'I would like to join your professional network',
  // A near-default.
  "I'd like to connect with you on LinkedIn",
  'I would like to connect with you on LinkedIn',
  'please accept my invitation to connect',
  'please accept my connection request',
];
