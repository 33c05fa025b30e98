import type { Phrase } from '../text/phrase-matcher';

/** Openers of thanks; what follows decides whether it is routine or real (signals/gratitude.ts). */
export const THANKS: readonly Phrase[] = [
  { phrase: 'thank you for' },
  { phrase: 'thank you so much for' },
  { phrase: 'thanks for' },
  { phrase: 'thanks so much for' },
  { phrase: 'thanks again for' },
  { phrase: 'grateful for' },
  { phrase: 'thank you again for' },
  { phrase: 'thx for' },
  { phrase: 'ty for' },
  { phrase: 'cheers for' },
  { phrase: 'ta for' },
  { phrase: 'thanks a lot for' },
  { phrase: 'thank you very much for' },
  { phrase: 'thanks very much for' },
  { phrase: 'many thanks for' },
  // "I still owe you a brew for sorting that isolator"
  { phrase: 'owe you a _ for' },
  { phrase: 'owe you one for' },
];
