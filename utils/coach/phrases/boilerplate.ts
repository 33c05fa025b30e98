import type { PhraseEntry } from '../text/phrase-matcher';

/** LinkedIn's own default invitation texts, past and present. */
export const BOILERPLATE: readonly PhraseEntry[] = [
  { phrase: "I'd like to add you to my professional network on LinkedIn", note: 'the classic default' },
  { phrase: "I'd like to add you to my professional network", note: 'the default, shortened' },
  'I would like to add you to my professional network',
  { phrase: "I'd like to join your LinkedIn network", note: 'the newer default' },
  'I would like to join your LinkedIn network',
  "I'd like to join your network",
  // The default as a first line of its own: "I'd like to join your professional network on LinkedIn."
  "I'd like to join your professional network",
  'I would like to join your professional network',
  { phrase: "I'd like to connect with you on LinkedIn", note: 'a near-default' },
  'I would like to connect with you on LinkedIn',
  'please accept my invitation to connect',
  'please accept my connection request',
];
