import type { Phrase } from '../text/phrase-matcher';

/**
 * Sending the reader to a page without a link written out: "link below", "sign up here". "RSVP",
 * "link's in my profile" and "grab your seat" are asks (phrases/soft-asks.ts) and report there.
 */
export const LINK_PUSH_WORDS: readonly Phrase[] = [
  { phrase: 'link below' },
  { phrase: "link's below" },
  { phrase: 'link is below' },
  { phrase: 'links below' },
  { phrase: 'link in bio' },
  { phrase: 'link in the comments' },
  { phrase: 'link in comments' },
  { phrase: 'sign up here' },
  { phrase: 'register here' },
  { phrase: 'join here' },
  { phrase: 'book here' },
  { phrase: 'tap the link' },
  { phrase: 'click the link' },
  { phrase: 'use my link' },
];

/** Their own question, answered: a price quoted because they asked is information, not a sale. */
export const ANSWER_CUES: readonly Phrase[] = [
  { phrase: 'you asked' },
  { phrase: "you'd asked" },
  { phrase: 'you had asked' },
  { phrase: 'you were asking' },
  { phrase: 'you wondered' },
  { phrase: 'you were wondering' },
];

/** Words that say something is handed over: what they asked for, or what was promised. */
export const HANDED_OVER_CUES: readonly Phrase[] = [
  { phrase: 'you asked' },
  { phrase: 'you said' },
  { phrase: 'you posted' },
  { phrase: 'your question' },
  { phrase: 'you were after' },
  { phrase: "you'd asked" },
  { phrase: 'you had asked' },
  { phrase: 'you were asking' },
  { phrase: 'you were looking for' },
  { phrase: 'you were hunting' },
  { phrase: 'you wanted' },
  { phrase: 'you mentioned' },
  { phrase: 'i mentioned' },
  { phrase: 'as promised' },
  { phrase: 'like promised' },
  { phrase: 'like i promised' },
  { phrase: 'i promised' },
  // Comments on their work, written out: "full comments in doc: …", "my feedback is in the file".
  { phrase: 'my comments' },
  { phrase: 'full comments' },
  { phrase: 'my feedback' },
  { phrase: 'comments are in' },
  { phrase: 'feedback is in' },
  { phrase: 'as i said' },
  { phrase: 'like i said' },
  { phrase: 'like i mentioned' },
  { phrase: 'for you here' },
  { phrase: 'heres the' },
  { phrase: 'we talked about' },
  { phrase: 'we discussed' },
  { phrase: 'we spoke about' },
  // "Here is simple example sheet: …" ("here's our deck" is an ask, phrases/hard-asks.ts).
  { phrase: 'here is' },
  { phrase: "here's" },
  { phrase: 'i promise' },
  { phrase: 'use freely' },
  { phrase: 'use it freely' },
  { phrase: "i'd find" },
  { phrase: 'here it is' },
  { phrase: 'here they are' },
  { phrase: 'they are here' },
  { phrase: "they're here" },
  { phrase: 'here you go' },
  { phrase: 'here ya go' },
  { phrase: 'here are a few' },
  { phrase: "figured you'd" },
  { phrase: "thought you'd want" },
  { phrase: 'thought of you' },
  { phrase: 'thought of our' },
  { phrase: 'made me think of you' },
  { phrase: 'dug out' },
  { phrase: 'here are some' },
  { phrase: "here's the" },
  { phrase: 'here is the' },
  { phrase: 'feel free to copy' },
  { phrase: 'copy it' },
];

/** Words that say a link asks nothing: no sign-up, only if it helps. Not a give by themselves. */
export const NO_STRINGS_CUES: readonly Phrase[] = [
  { phrase: 'if you are curious' },
  { phrase: "if you're curious" },
  { phrase: 'in case' },
  { phrase: 'if it helps' },
  { phrase: 'if useful' },
  { phrase: "if it's useful" },
  { phrase: 'hope it helps' },
  { phrase: 'no sign up' },
  { phrase: 'no signup' },
  { phrase: 'open data' },
  { phrase: 'ungated' },
  { phrase: 'no need to register' },
  { phrase: 'free to copy' },
  { phrase: "they're open" },
  { phrase: "it's open" },
  { phrase: 'open access' },
  { phrase: 'freely available' },
  { phrase: 'publicly available' },
  { phrase: 'no registration' },
  { phrase: 'free for anyone' },
  { phrase: 'free for everyone' },
  { phrase: 'free to use' },
  { phrase: 'no strings' },
  { phrase: 'no credit needed' },
  { phrase: 'no need to credit' },
  { phrase: 'yours if you want' },
  { phrase: 'yours to keep' },
  { phrase: 'take it' },
  { phrase: 'hope it saves' },
  { phrase: 'hope this helps' },
  { phrase: 'hope this saves' },
  { phrase: 'is public' },
  { phrase: 'are public' },
  { phrase: "it's public" },
];

/**
 * A link that carries a give: what they asked for or were promised ("here's the template I
 * mentioned", "you asked for the script, here it is"), or one that asks nothing back. Looked for in
 * the link's sentence and the ones just before it.
 */
export const GIVE_CUES: readonly Phrase[] = [...HANDED_OVER_CUES, ...NO_STRINGS_CUES];
