/**
 * Words that turn a note from its opening to its point, at the start of a sentence: "By the way,
 * could you…", "Quick question: who…", "I have one request: …", "Because of this I think you would
 * love our game". What came before them was the way in (signals/hooks.ts).
 */
export const PIVOTS: readonly string[] = [
  'by the way',
  'btw',
  'anyway',
  'anyways',
  'quick question',
  'quick one',
  'speaking of which',
  'which brings me',
  'small request',
  'one request',
  'a small request',
  'one small request',
  'i have one request',
  'i have a request',
  'i have a small request',
  'because of this',
  "that's why",
  'that is why',
  'which is why',
  'this is why',
];
