import type { PhraseEntry } from '../text/phrase-matcher';

/**
 * LinkedIn's own default invitation texts, past and present, from "like": "I'd like to …", "I would
 * like to …" and "Would like to …" are all the default.
 */
export const BOILERPLATE: readonly PhraseEntry[] = [
  // The classic default, with or without "on LinkedIn".
  'like to add you to my professional network',
  // The newer default, and its first line of its own ("… your professional network on LinkedIn.").
  'like to join your network',
  'like to join your LinkedIn network',
  'like to join your professional network',
  // A near-default.
  'like to connect with you on LinkedIn',
  'please accept my invitation to connect',
  'please accept my connection request',
];
