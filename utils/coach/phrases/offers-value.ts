import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList, wordSet } from '../text/word-set';

/** "Happy to walk you through it", "glad to sit down with you": a meeting offered is a meeting asked for. */
const MEETING_VERBS = wordList(
  'connect sit meet chat hop jump walk show make talk schedule book explain discuss go',
);

/** "I can send my details", "happy to send more": the writer's own material, or how it travels, not a gift. */
const NOT_SENT = wordList('my details more through how cv');

/** Congratulations in other languages, as they open English notes. */
const CONGRATULATIONS_ABROAD = [
  'félicitations',
  'felicitations',
  'felicidades',
  'felicitaciones',
  'parabéns',
  'parabens',
  'congratulazioni',
  'glückwunsch',
  'gefeliciteerd',
  'gratulacje',
  'tebrikler',
  'mabrouk',
  'mabruk',
  'hongera',
];

/** Giving first: a resource, an introduction, help, congratulations. */
export const OFFERS_VALUE: readonly PhraseEntry[] = [
  // Congratulations, shortened.
  'congrats/congratulations',
  // As often written in a second language.
  'congratulation/congratulate',
  // Said in the writer's first language inside an English note: "Félicitations pour le prix, Théo!".
  ...CONGRATULATIONS_ABROAD,
  'kudos',
  // "Jonno! WO2! Dead proud of you, mate.": congratulations in other words.
  'proud of you',
  { phrase: 'happy to share', unlessNext: wordList('details more through how cv') },
  'happy to help/look/check',
  // A favour done for them, nothing asked: "happy to run the queries for you if that helps".
  'for you if that helps',
  'for you if that would help',
  // "If you ever want help reading a spec, ping me": help left for them to take.
  'a second pair of eyes',
  // Their work passed on: "I've shared it with our journal club".
  "i've shared it with",
  'i shared it with',
  "i've shared your",
  { phrase: 'free advice', unlessNext: wordList('session call consultation clinic') },
  'tell him/her/them i sent you',
  'say i sent you',
  // Leads to come, for someone out of work: "I will keep my ears open and send you anything I hear".
  'keep my ears open',
  'if you ever want/need help',
  'if you ever need a hand',
  // "I drive right past there Tue/Thu mornings. If you ever need a ride just text me."
  'if you ever need a ride/lift',
  'if you ever want a hand',
  'a sounding board',
  ...['calendar', 'door', 'inbox'].flatMap((mine) => [`my ${mine} is open`, `my ${mine} is always open`, `my ${mine} is yours`]),
  'happy to introduce/intro',
  { phrase: 'happy to send', unlessNext: NOT_SENT },
  'happy to connect you',
  'happy to pass',
  'glad to help/share/introduce',
  { phrase: 'would be glad to', unlessNext: MEETING_VERBS },
  { phrase: "i'd be glad to", unlessNext: MEETING_VERBS },
  { phrase: "i'd be happy to", unlessNext: MEETING_VERBS },
  { phrase: 'i would be happy to', unlessNext: MEETING_VERBS },
  'i can/could introduce',
  'introduce/intro you to',
  'connect you with',
  'thought you might/would',
  "thought you'd",
  'you might/may find',
  'might/could be useful',
  'may/might be of use',
  'might be helpful',
  'in case it helps',
  "in case it's useful",
  'in case it is useful',
  'if/whenever it helps',
  'whenever it suits',
  'you are welcome to it',
  "you're welcome to it",
  'as promised',
  // "the link I promised is below": what was promised, handed over.
  'i promised',
  "if it's useful",
  'if useful/helpful',
  "here's the link",
  "here's a link",
  'here is the/a link',
  "here's the contact",
  'here is the contact',
  "here's the number",
  'here is the number',
  'i wrote up',
  'i put together',
  'i compiled',
  { phrase: "i'll send", unlessNext: NOT_SENT },
  { phrase: 'i can send', unlessNext: NOT_SENT },
  'let me know if i can',
  'if i can help',
  'if i can ever help',
  'if there is anything i can',
  "if there's anything i can",
  'anything i can do',
  'your tip',
  'fixed the typo',
  'spotted a typo',
  'a small fix',
  'opened a pr',
  'opened a pull request',
  'i shared/recommended your',
  'shared it with my team',
  // Their thing passed on: "that tarp deal you posted? I passed it to three other outfits".
  'i passed it to',
  'i passed it on to',
  'well/so deserved',
  'well earned',
  'wishing you',
  'good luck with',
  'all the best with/for',
  'happy to put in a word',
  'hope it/this saves you',
  'feel free to use',
  'here are the',
  'i can drop them/it off',
  "i'll drop them off",
  "i'll drop it off",
  'would you like them',
  'happy to put in a good word',
  // A word for someone of theirs: "Happy to give a reference for Jordan", "glad to vouch for her".
  'happy/glad to give/be a reference',
  'happy/glad to vouch',
  "i'll put in a word",
  "i'll put in a good word",
  'i can put in a word',
  'i can put in a good word',
  'best of luck',
  'good luck in/on/at',
  // Care for them or theirs, with nothing asked: "thinking of you and the lads", "best to him".
  'thinking of you',
  "thinking of y'all",
  'best to him/her/them/your',
  'i owe you a',
  'welcome aboard',
  // "Just wanted to say thanks", "… your post landed": said of them; "… if you ever want a wellness day, I'd love to be considered" only leads into an ask.
  { phrase: 'just wanted to say', unlessNext: wordList("if i i'd i'm we we'd we're") },
  { phrase: 'i can share', unlessNext: NOT_SENT },
  { phrase: 'i could share', unlessNext: NOT_SENT },
  'happy to swap/host/review',
  'i wrote one for you',
  'written one for you',
  'love to feature',
  'feature your',
  'with full credit',
  'love to have you',
  'invite you to speak',
  'we cover',
  'happy to give feedback',

  // Things handed over, thanks said properly, good wishes: gifts that ask nothing back.
  { phrase: "i've attached", unlessNext: NOT_SENT },
  { phrase: 'i have attached', unlessNext: NOT_SENT },
  'attached it',
  'notebook attached',
  // "dug out the parameter backup, sending it to your email now": found and handed over.
  'sending it to your',
  // "sending it your way"; someone good passed to them: "had a kid apply who'd make a good survey tech. Sending him your way".
  'sending _ your way',
  'send him/her your way',
  // A tip they can use before it costs them: "Price dewatering in or you'll eat it. Figured you'd want to know".
  "figured you'd want to know",
  'sent the introductions/intro',
  'send them across/over',
  'do it for free',
  'happy to write',
  'happy to come in',
  'wanted you to have',
  'always welcome',
  'no need to reply',
  'no ask',
  'wanted to say thanks',
  'wanted to say thank you',
  'thank you properly/again',
  'never said thanks',
  'never said thank you',
  'never got to thank',
  'never thanked you',
  'never properly thanked',
  'a quick thank you',
  'passing it on',
  'say hello from',
  'says hi',
  'thanks again',
  'thank you, truly',
  'credit to you',
  'rooting for',
  'well done',
  'keep them coming',
  'hope it helps',
  'just want to help',
  // An apology with nothing asked gives the other person something back.
  'you were right',
  'owe you an apology',
  "i'm sorry about that",
  'no agenda',
  // What their deed meant: "your company's decision made it possible for me to deploy".
  'made it possible for me',
  // Credit given: "your advice at the mentoring day is the reason I passed".
  'is/was the reason i',
  "you're the reason i",
  'you are the reason i',
  'thanks to your advice',
  'my thank-you slide',
  'mattered a great deal',
  // A farewell that thanks: "it was a real pleasure working with you".
  'pleasure/privilege working with you',
  'pleasure/privilege to work with you',
  'it mattered',
  'return it to you',
  'put your name in/forward',
  // A round bought: "drinks are on me next time you're in town".
  'drinks/beers are on me',
  'drinks/beers on me',
  "coffee's on me",
  'coffee/lunch/beer/pint/dinner/breakfast/supper/pizza/brunch/food/tea is on me',
  'coffee on me',
  "round's on me",
  'round is on me',
  "that one's on me",
  'nothing owed',
  // A place kept open for them: "a free study group on Tuesdays. If you want in, just say so".
  'if you want in',
  "this one's on me",
  'on the house',
  'buy you a/lunch',
  'chipped in',
  'cover yours',
  // "a generator we aint using. its yours long as you need it".
  'yours as long as',
  'yours long as',
  // "DM me and they're yours, just come get them".
  "and they're yours",
  "and it's yours",
  // A CV carried to the hiring manager by the writer: "I'll walk your resume to the hiring manager".
  'walk/hand/pass your resume',
  'walk your cv',
  // Lending or posting something of one's own.
  'happy to mail/lend',
  'mail/lend you my',
  'just wanted to help',
  'happy to return the favor/favour',
  // Offers put as a question: the question hands them a choice, not a task.
  'want me to intro/introduce',
  'want me to connect you',
  // "Would you like me to add you to the WhatsApp group?", "would you like me to drop them by?"
  'like me to add you',
  'like me to drop',
  'shall i email/send/forward',
  'forward/pass your cv',
  'forward your resume',
  'pass on your cv',
  // A thing of mine offered: "Would you want my old catcher's gear? … Just say the word and I'll ship it, on me."
  'would/do you want my',
  'would you like my',
  'say the word and i',
  "say the word and i'll",
  'ship it on me',
  "it's on me",
];

/** Payment for what the note asks: "I'll send the report plus a gift card for your time". */
export const PAYMENTS: readonly PhraseEntry[] = [
  'for your time',
  'gift card',
  'worth your while',
];

/**
 * A trade offered for an ask: "would you endorse me? Happy to return the favour". In a note that asks
 * for nothing the same words are an open offer, and stay a give.
 */
export const RETURNS: readonly PhraseEntry[] = [
  'in exchange/return',
  'return the favor/favour',
];

/** The writer's sales material: "happy to send the deck" offers a pitch, not a gift. */
export const COLLATERAL: ReadonlySet<string> = wordSet(
  'deck brochure one-pager catalogue catalog pricing prices quote proposal overview details info rate',
);

/** Going to someone on the reader's behalf, already done; gives.ts keeps it when it is "for you". */
export const HELPED_ON_BEHALF: readonly PhraseEntry[] = [
  'i spoke/talked with',
  'i spoke/talked to',
  'i asked my',
  'i mentioned you to',
  'put in a word',
  'passed your name',
];

/** The OFFERS_VALUE phrases that congratulate: a gift only in a note that asks and pitches nothing. */
export const CONGRATULATIONS: ReadonlySet<string> = new Set([
  'congrats',
  'congratulations',
  'congratulation',
  'congratulate',
  ...CONGRATULATIONS_ABROAD,
  'kudos',
  'proud of you',
  'well deserved',
  'well earned',
  'so deserved',
]);
