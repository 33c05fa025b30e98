import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList } from '../text/word-set';

/**
 * Sending the reader to a page without a link written out: "link below", "sign up here". "RSVP",
 * "link's in my profile" and "grab your seat" are asks (phrases/soft-asks.ts) and report there.
 */
export const LINK_PUSH_WORDS: readonly PhraseEntry[] = [
  'link below',
  "link's below",
  'link is below',
  'links below',
  'link in bio/comments',
  'link in the comments',
  'sign up here',
  'register/join/book here',
  'tap/click the link',
  'use my link',
  // "Reorder through my link": the seller's page, the order counted to them.
  'through/via my link',
];

/** Their own question, answered: a price quoted because they asked is information, not a sale. */
export const ANSWER_CUES: readonly PhraseEntry[] = [
  'you asked',
  "you'd asked",
  'you had asked',
  'you were asking/wondering',
  'you wondered',
  // "You mentioned you were stuck on what to charge. Here's what I landed on: $14.50/hr".
  'what to charge',
];

/** Words that say something is handed over: what they asked for, or what was promised. */
export const HANDED_OVER_CUES: readonly PhraseEntry[] = [
  'you asked/said/posted',
  'your question',
  'you were after',
  "you'd asked",
  'you had asked',
  'you were asking/hunting',
  'you were looking for',
  'you wanted/mentioned',
  'i mentioned/promised',
  'as/like promised',
  // Comments on their work, written out: "full comments in doc: …", "my feedback is in the file".
  'my/full comments',
  'my feedback',
  'comments are in',
  'feedback is in',
  'as/like i said',
  'for you here',
  'heres the',
  // Someone else's opening passed on: "just pass the link: …".
  'pass the link',
  // "I recorded the bug, video is in my profile, you can have it": what the link holds, given.
  'you can have it',
  'take whatever',
  'we talked/spoke about',
  'we discussed',
  // "Here is simple example sheet: …" ("here's our deck" is an ask, phrases/hard-asks.ts).
  'here is',
  "here's",
  'i promise',
  'use freely',
  'use it freely',
  "i'd find",
  'here it is',
  'here they are',
  'put it here',
  // A correction of what I told them: "the corrected table is here".
  'the/a corrected',
  'they are here',
  "they're here",
  'here you/ya go',
  'here are a few',
  "figured you'd",
  "thought you'd want",
  'thought of you/our',
  'made me think of you',
  'dug out',
  'here are some',
  'copy it',
  // "I still have the build, here: … Please keep it if you want"
  'please keep it',
  // A return waived: "no need anything back", "I want nothing in return".
  'anything/nothing back',
  'nothing in return',
];

/** Words that say a link asks nothing: no sign-up, only if it helps. Not a give by themselves. */
export const NO_STRINGS_CUES: readonly PhraseEntry[] = [
  'if you are curious',
  "if you're curious",
  'in case',
  'if it helps',
  'if useful',
  "if it's useful",
  'hope it helps',
  'no sign up',
  'no signup',
  'open data',
  'ungated',
  'no need to register',
  'free to copy',
  "they're open",
  "it's open",
  'open access',
  'freely/publicly available',
  'no registration/strings',
  'free for anyone/everyone',
  'free to use',
  'no credit needed',
  'no need to credit',
  'yours if you want',
  'link if you want it',
  'yours to keep',
  'take it/them',
  'hope it/this saves',
  'hope this helps',
  'is/are public',
  "it's public",
];

/**
 * A link that carries a give: what they asked for or were promised ("here's the template I
 * mentioned", "you asked for the script, here it is"), or one that asks nothing back. Looked for in
 * the link's sentence and the ones just before it.
 */
export const GIVE_CUES: readonly PhraseEntry[] = [...HANDED_OVER_CUES, ...NO_STRINGS_CUES];

/** Pages that collect money ("gofundme.com/f/…", "/donate"): a link to one asks, however it is handed over. */
export const FUNDRAISING_ADDRESS_PARTS: readonly string[] = wordList(
  'gofundme justgiving givebutter donorbox kickstarter indiegogo patreon donate fundrais',
);
