import type { PhraseEntry } from '../text/phrase-matcher';

/** Networking as collecting: the reader is one of many. */
export const MASS_NETWORKING: readonly PhraseEntry[] = [
  'expanding my network',
  // "connecting with as many alumni as possible": the reader is one of a count.
  'as many _ as possible',
  'as many _ _ as possible',
  'expand/grow/growing/build/building/broaden/broadening/join my network',
  'expand/expanding/grow/growing my professional network',
  'increase my connections',
  'more connections',
  'like minded professionals/people/individuals',
  'connect/connecting with professionals',
  'connect with like minded',
  'professionals in my field',
  'professionals in the industry',
  'mutually beneficial',
  'connect and share/exchange insights',
  'connect and share ideas',
  'add you to my network',
  'be part of my network',
  'always looking to connect',
  'connecting with people in',
  // "Connecting with every harbormaster from Eastport to Stonington": the reader is one of a list.
  'connecting/connect with every',
  'networking purposes',
  'connect with others in',
  'others in the field',
  'people in my field',
  'professionals like you',
  'collecting connections',
  '_ connections this month',
  'connections challenge',

  // Networking for its own sake (issue 12).
  'benefit from being connected',
  'benefit from connecting',
  'activate my professional network',
  'activate/leverage my network',
  'you in my network',
  'grow together',
  'connect and grow',
  'always looking for new partners',
  'network with you',
  'expand our network',
];
