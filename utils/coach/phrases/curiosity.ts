import type { PhraseEntry } from '../text/phrase-matcher';

/** Curiosity about their work, phrased as a statement ("I'd love to hear how you approached X"). */
export const CURIOSITY: readonly PhraseEntry[] = [
  'love to hear how/what/why/your',
  'love to hear/learn more about',
  'love to know/learn how',
  'love to know what',
  'love to understand',
  'curious how/what/why/whether/about',
  // Not "always keen to hear from supporters and sponsors in the area": a call for contacts.
  { phrase: 'curious/interested/keen to hear', unlessNext: ['from'] },
  'curious to know',
  'wondering how/what/why/whether',
  'wondering if you',
  'keen to learn',
];

/** Question openers that ask for something rather than about their work. */
export const REQUEST_OPENERS: readonly PhraseEntry[] = [
  'would you be open/interested',
  'are you open to',
  'are you interested/available/struggling/the',
  'would you like to',
  'would you mind',
  'could you/we/i',
  'can you/we/i',
  'shall we',
  'do you have time/anything',
  'do you have a few',
  'when are you free',
  'is there a good time',
  'do you need',
  'are you looking/up for',
  'who handles',
  'who is responsible',
  'would it make sense',
  'open to connecting',
  'mind if i',
  'may i',
  'decision maker',
  'in charge of',
  'if you could/would/can',
  'would you be up for',
  'up for a',
  'does your team/company have',
];
