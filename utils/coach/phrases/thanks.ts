import type { PhraseEntry } from '../text/phrase-matcher';

/** Openers of thanks; what follows decides whether it is routine or real (signals/gratitude.ts). */
export const THANKS: readonly PhraseEntry[] = [
  'thank you for',
  'thank you so much for',
  'thanks for',
  'thanks so much for',
  'thanks again for',
  'grateful for',
  'thank you again for',
  'thx for',
  'ty for',
  'cheers for',
  'ta for',
  'thanks a lot for',
  'thank you very much for',
  'thanks very much for',
  'many thanks for',
  // "I still owe you a brew for sorting that isolator"
  'owe you a _ for',
  'owe you one for',
];
