import {
  HELPS_THEM,
  NEVER_OFFERED,
  NOT_ASKING_FOR_TIME,
  READER,
  READER_WANTS,
  SEEKING,
} from '../phrases/asks';
import { LINK_PUSHES } from '../phrases/hard-asks';
import { LISTED_LIGHT_ASKS } from '../phrases/soft-asks';
import { OTHER_WORDS, WRITER_POSSESSIVES } from '../phrases/pronouns';
import { COLLATERAL } from '../phrases/offers-value';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { answerCues, linkGiveCues, noSale, noStrings, offersValue, thanks } from './phrase-sets';
import { NOTHING_SOLD } from '../phrases/sales-pitch';
import { namesADay } from './soft-asks';
import { findConditionalOffers, handOverAfter } from './conditional-offers';
import { needSetIn } from './their-need';
import { findPitches } from './pitches';
import { saysItCostsNothing } from './commerce-shapes';
import { findHandedOn } from './handed-on';
import { sentTheirWay } from './their-way';
import { resumeForTheirLead } from './peer-lead';
import { freeReviewOfferedBefore, promiseAfter, RECRUITING, reviewPromisedAfter } from './review-offers';
import { deniedBefore } from './negation';
import { MODALS } from '../phrases/modals';
import { inAdvance } from './gratitude';
import { datedInThePast, isPastTense } from './tense';
import { theirWillingness } from './willingness';
import { treatOwed } from './treat-owed';
import { othersMeeting } from './others-meeting';
import { openDoorWhenNear } from './open-door';
import { socialInvitation } from './social-invitation';
import { wordSet } from '../text/word-set';
import { isCapitalised } from '../text/case';

// Why words that usually ask are no ask in this note. Each reason is a predicate with the case it
// answers; findAsks (asks.ts) drops a match any of them holds for. A new false alarm gets a new row
// here and a table case beside its rule, never an exception inside findAsks.

type NotAnAsk = (doc: Doc, match: PhraseMatch) => boolean;

/** Listed ask words ("a call", "my resume", "phone number") that ask nothing here. */
export const LISTED_BUT_NOT_ASKED: readonly NotAnAsk[] = [
  offeredIfItHelps,
  offeredIfWanted,
  alreadyGiven,
  theirNeed,
  saidOfMyself,
  offeredByMe,
  offeredIfEasier,
  givenByThem,
  passedOnByMe,
  (doc, match) => doneToMine(doc, match.firstAt),
  adviceOnMine,
  handedOver,
  aSiteNotAPage,
  someonesNumber,
  timeInAStory,
  helpOnTheirTerms,
  offeredIfItWouldHelp,
  toldOfThePast,
  theirsThatDidSomething,
  doneByThemToMine,
  offeredIfOfInterest,
  doneByMe,
  toDeliverAGift,
  toldBackToThem,
  datedDeed,
  deniedOutright,
  questionsInvited,
  peopleTakenOn,
  (doc, match) => reviewPromisedAfter(doc, match.lastAt),
  (doc, match) => freeReviewOfferedBefore(doc, match.firstAt),
  treatOwed,
  othersMeeting,
  openDoorWhenNear,
  socialInvitation,
  callForEntries,
  chosenAlready,
  callMadeForThem,
  givenByUs,
  sentTheirWay,
  replyForWhatISend,
  freeGatheringIHost,
  resumeForTheirLead,
  whoANamedOneIs,
  neededForMyOffer,
];

/** Words that may stand between "if you" and what is asked: "if you could send me the file". */
const SOFTENERS = wordSet('could can would just');

/**
 * "Happy to print the posters for your fundraiser if you send me the file", "I would be glad to mail
 * flyers to the 400 veterans on our list if you send me a copy": what the writer needs to do the favour
 * the sentence has just offered, asked in its "if you" clause. Not in a note that pitches ("happy to
 * quote if you send me your bills" sells).
 */
function neededForMyOffer(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  let you = match.firstAt - 1;
  while (SOFTENERS.has(words[you]?.folded ?? '') && you > match.firstAt - 3) you--;
  if (words[you]?.folded !== 'you' || words[you - 1]?.folded !== 'if') return false;
  const sentence = words[match.firstAt]!.sentence;
  if (words[you - 1]!.sentence !== sentence) return false;
  for (let at = doc.sentences[sentence]!.firstWord; at < you - 1; at++) {
    if (opensAnOffer(words[at]!.folded, words[at + 1]?.folded ?? '')) return findPitches(doc).length === 0;
  }
  return false;
}

/**
 * "I can refer you to Major Dogbe who handles the briefings": "who handles" after a name, in a
 * sentence that asks nothing, says who someone is. "Sarah, who handles partnerships?" still asks.
 */
function whoANamedOneIs(doc: Doc, match: PhraseMatch): boolean {
  const who = doc.words[match.firstAt]!;
  const before = doc.words[match.firstAt - 1];
  return who.folded === 'who' && before?.sentence === who.sentence && isCapitalised(before.raw) && !doc.sentences[who.sentence]!.question;
}

/** "… or just reply here and I'll paste it in": a reply asked only so the writer can hand something over. */
function replyForWhatISend(doc: Doc, match: PhraseMatch): boolean {
  return match.phrase.phrase.includes('reply') && (sendPromisedAfter(doc, match.lastAt) || handOverAfter(doc, match.lastAt) >= 0);
}

const WANTING_TO = wordSet('want wants like love happy glad would');
const WE = wordSet("we we'd we're our i i'd i'm");
const GIVER_REACH = 4;

/** "Our team wants to donate a few boxes, where can we drop?": the writer's gift, not theirs asked for. */
function givenByUs(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  if (match.phrase.phrase !== 'to donate' || !WANTING_TO.has(words[match.firstAt - 1]?.folded ?? '')) return false;
  const sentence = words[match.firstAt]!.sentence;
  for (let at = match.firstAt - 2; at >= match.firstAt - 1 - GIVER_REACH && words[at]?.sentence === sentence; at--)
    if (WE.has(words[at]!.folded)) return true;
  return false;
}

const ON_BEHALF_OF = wordSet('him her them you');

/** "If the VA gives him any trouble, let me know and I will make a call for him": the writer calls on their behalf. */
function callMadeForThem(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  return (
    words[match.lastAt]?.folded === 'call' &&
    words[match.firstAt - 1]?.folded === 'make' &&
    words[match.lastAt + 1]?.folded === 'for' &&
    ON_BEHALF_OF.has(words[match.lastAt + 2]?.folded ?? '')
  );
}

/** Asks found by their shape ("would you be up for …") that ask nothing here. */
export const SHAPED_BUT_NOT_ASKED: readonly NotAnAsk[] = [
  alreadyGiven,
  offeredByMe,
  offeredIfEasier,
  leftToThem,
  offeredIfItHelps,
  helpOnTheirTerms,
  offeredIfItWouldHelp,
  toldOfThePast,
  socialInvitation,
  // "He don't need to RSVP to me, just show up with photo ID."
  deniedOutright,
  // "the AD said your reference letter was the best one she read".
  theirsThatDidSomething,
  // "I recorded a video of the bug, link in my profile, you can have it".
  handedOver,
  // "Diapers, wipes and formula, all free. Families should RSVP by Monday."
  comingToWhatIsFree,
];

const ATTENDING = wordSet('come join attend rsvp');

/**
 * "We host a small free evening on heat pump policy. No sales talks. Would be happy if you come": a
 * wish that they come to something free, in a note that sells nothing, invites.
 */
export function comingToWhatIsFree(doc: Doc, match: PhraseMatch): boolean {
  return ATTENDING.has(doc.words[match.lastAt]?.folded ?? '') && freeAndUnsold(doc);
}

/** The note says what it offers costs nothing, and sells nothing. */
export function freeAndUnsold(doc: Doc): boolean {
  return saysItCostsNothing(doc) && findPitches(doc).length === 0;
}

const HOSTING = wordSet('host hosts hosting run runs running hold holds holding organise organize');
const HOSTS = wordSet("i we i'm we're");
const HOSTED_REACH = 3;

/**
 * "I host a free virtual coffee every other Thursday for milspouses": the writer's own gathering, free,
 * in a note that sells nothing, is no time asked of the reader ("we're hosting a call for founders" sells).
 */
function freeGatheringIHost(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const sentence = words[match.firstAt]!.sentence;
  if (doc.sentences[sentence]!.question) return false;
  for (let at = match.firstAt - 1; at >= match.firstAt - HOSTED_REACH && words[at]?.sentence === sentence; at--)
    if (HOSTING.has(words[at]!.folded) && HOSTS.has(words[at - 1]?.folded ?? '')) return freeAndUnsold(doc);
  return false;
}

const TIME_UNITS = wordSet('minutes mins min');
const SPANNED = wordSet('from fix job drive walk ride repair');
/** How far after an ask "would ever help" may come: "if [a call] would ever help". */
const HELPS_REACH = 4;
/** "like an intro", "need a call": a thing offered, not "like to sponsor". */
const OFFERED_THINGS = wordSet('a an');

/** "you spent 20 minutes", "they went in about 20 minutes": a span of time in a story. */
function timeInAStory(doc: Doc, match: PhraseMatch): boolean {
  if (!TIME_UNITS.has(doc.words[match.lastAt]?.folded ?? '')) return false;
  // "I'm 10 min from you in Fountain": a distance, not time asked for ("we're just 10 mins away" sells
  // nearness); "it's a 10 min fix": how long a thing takes.
  if (SPANNED.has(doc.words[match.lastAt + 1]?.folded ?? '')) return true;
  // "the 10-min shift huddle idea": a length that describes a thing, not time asked for.
  if (doc.words[match.firstAt]?.hyphenNext && doc.words[match.lastAt + 1]?.sentence === doc.words[match.lastAt]?.sentence) return true;
  // "grateful for 20 minutes of your time": theirs, asked for.
  if (doc.words[match.lastAt + 1]?.folded === 'of' && doc.words[match.lastAt + 2]?.folded === 'your') return false;
  if (NOT_ASKING_FOR_TIME.has(doc.words[match.firstAt - 1]?.folded ?? '')) return true;
  // "the clearest 20 minutes of the week", "the best 20 minutes I spent", "the most honest 20
  // minutes of the day": time praised, not asked for.
  const before = doc.words[match.firstAt - 1]?.folded ?? '';
  const most = doc.words[match.firstAt - 2]?.folded === 'most' ? 1 : 0;
  if (
    doc.words[match.firstAt - 2 - most]?.folded === 'the' &&
    (most === 1 || before.endsWith('est') || before === 'best' || before === 'worst')
  )
    return true;
  return toldWeDid(doc, match.firstAt);
}

const TELLERS = wordSet('we i');

/**
 * "We changed to a weekly kaizen, 5 minutes only": a span in what the writer did, told, with no
 * request between the deed and the span ("I wondered if you had 15 minutes" asks).
 */
function toldWeDid(doc: Doc, at: number): boolean {
  const sentence = doc.words[at]?.sentence;
  for (let back = at - 1; back > 0 && doc.words[back]!.sentence === sentence; back--) {
    const text = doc.words[back]!.folded;
    if (REQUESTING.has(text) || OTHER_WORDS.has(text)) return false;
    if (isPastTense(text) && TELLERS.has(doc.words[back - 1]!.folded)) return true;
  }
  return false;
}

/**
 * "Saw you're looking for a sponsor for your meetup": their need, named in a remark, is not my ask.
 */
function theirNeed(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  if (sentence === undefined || doc.sentences[sentence]?.question) return false;
  // "If you're still looking for a mentor, I just signed up as one": the search is theirs.
  if (SEEKING.has(doc.words[match.firstAt]?.folded ?? '') && readerSeeks(doc, match.firstAt)) return true;
  return (
    doc.words[match.firstAt - 1]?.folded === 'for' &&
    SEEKING.has(doc.words[match.firstAt - 2]?.folded ?? '') &&
    doc.words[match.firstAt - 2]?.sentence === sentence &&
    !seekerIsWriter(doc, match.firstAt - 2)
  );
}

const READER_IS = wordSet("you're youre");
const STILL = wordSet('still ever also');

function readerSeeks(doc: Doc, seeking: number): boolean {
  const sentence = doc.words[seeking]?.sentence;
  const before = STILL.has(doc.words[seeking - 1]?.folded ?? '') ? seeking - 2 : seeking - 1;
  const word = doc.words[before];
  if (!word || word.sentence !== sentence) return false;
  return READER_IS.has(word.folded) || (word.folded === 'are' && doc.words[before - 1]?.folded === 'you');
}

const WRITER_SEEKS = wordSet("we we're i i'm im");
/** "We are developing a sensor and are looking for pilot partners": the nearest subject before says whose need. */
function seekerIsWriter(doc: Doc, seeking: number): boolean {
  const sentence = doc.words[seeking]?.sentence;
  for (let at = seeking - 1; at >= 0; at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (WRITER_SEEKS.has(word.folded)) return true;
    if (word.folded === 'you' || word.folded === "you're") return false;
  }
  return false;
}

/** "If a call would ever help, …": the writer offers the call, on the condition that it helps them. */
function offeredIfItHelps(doc: Doc, match: PhraseMatch): boolean {
  // "if a 15-min call would save you some of them"
  const article = OFFERED_THINGS.has(doc.words[match.firstAt - 1]?.folded ?? '') ? 1 : 0;
  const before = doc.words[match.firstAt - 1 - article];
  if (before?.folded !== 'if') return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.lastAt + 1; at <= match.lastAt + HELPS_REACH; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (HELPS_THEM.has(word.folded)) return true;
  }
  return false;
}

/**
 * "if you'd like an intro", "if you ever need a call", "if you ever want to pop in": the reader is
 * offered what they may want.
 */
function offeredIfWanted(doc: Doc, match: PhraseMatch): boolean {
  for (let at = match.firstAt; at <= match.lastAt; at++)
    if (NEVER_OFFERED.has(doc.words[at]?.folded ?? '')) return false;
  if (doc.words[match.firstAt - 1]?.folded === 'to' && READER_WANTS.has(doc.words[match.firstAt - 2]?.folded ?? ''))
    return ifTheyWish(doc, match.firstAt - 3);
  const want = doc.words[match.firstAt - 1];
  if (!OFFERED_THINGS.has(doc.words[match.firstAt]?.folded ?? '')) return false;
  return !!want && READER_WANTS.has(want.folded) && READER.has(doc.words[match.firstAt - 2]?.folded ?? '');
}

/** "if you ever want to …", "if you'd like to …": only the reader's wish stands before the verb. */
function ifTheyWish(doc: Doc, from: number): boolean {
  for (let at = from; at >= Math.max(0, from - 2); at--) {
    const word = doc.words[at]?.folded ?? '';
    if (word === 'if') return true;
    if (!READER.has(word)) return false;
  }
  return false;
}

/** How many words may stand between "thanks for" or "you gave me" and what was given: "the 30". */
const GIVEN_REACH = 4;
const DEED_REACH = 10;
/**
 * Beyond GIVEN_REACH, only a sentence that opens on their deed tells it, and the writer as subject
 * starts another: "you posted the opening, I sent my resume".
 */
const THEY = wordSet("you you've you'd");
const MY_DOING = wordSet("i i've i'm i'd i'll we we've we're we'd");
/** A word that turns what follows into a request again: "thanks, could you spare 15 minutes". */
const REQUESTING = new Set([...MODALS, ...wordSet('please if and but')]);

/**
 * "thanks again for the 30 minutes", "you gave me honest feedback on my portfolio": the time or help
 * was already given, and is being thanked for or remembered, not asked for.
 */
export function alreadyGiven(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  if (sentence === undefined || doc.sentences[sentence]?.question) return false;
  const thankedFor = thanks
    .find(doc)
    .some(
      (thank) =>
        // "I'd be so grateful for 20 minutes of your time": thanks in advance is the ask.
        thank.lastAt < match.firstAt && !inAdvance(doc, thank.firstAt) && noRequestBetween(doc, thanksCarried(doc, thank.lastAt, match.firstAt), match.firstAt, sentence),
    );
  if (thankedFor) return true;
  // "You spent 45 min on the phone going over my resume": their deed may take a few words to tell.
  let mine = false;
  for (let at = match.firstAt - 1; at >= Math.max(0, match.firstAt - DEED_REACH - 1); at--) {
    const word = doc.words[at];
    const verb = doc.words[at + 1];
    if (!word || !verb || word.sentence !== sentence) return false;
    if (REQUESTING.has(word.folded)) return false;
    if (MY_DOING.has(word.folded)) mine = true;
    const past = isPastTense(verb.folded);
    // "you gave", and "your team did a demo": something of theirs already done.
    // "if you fancied throwing a few quid at it": a past form after "if" wishes, it tells no deed.
    // "would you put in a good word for us" (no question mark): a request, though "put" is a past form too.
    const wished = doc.words[at - 1]?.folded === 'if' || REQUESTING.has(doc.words[at - 1]?.folded ?? '');
    // "you'd told her to hire me": had told, a deed; "you'd love" wishes, and is no past form.
    const theyDid = !wished && (THEY.has(word.folded) || doc.words[at - 1]?.folded === 'your');
    const far = at < match.firstAt - GIVEN_REACH - 1;
    // Far off, a deed, not their words: "You mentioned you wanted a call, here is my calendar link".
    if (theyDid && past && (!far || (!mine && !TOLD.has(verb.folded) && doc.sentences[sentence]!.firstWord === at))) return true;
  }
  return false;
}

/** "Thank you for connecting, and for the lovely review": "and for" carries the thanks on. */
function thanksCarried(doc: Doc, from: number, to: number): number {
  let anchor = from;
  for (let at = from + 1; at < to - 1; at++) if (doc.words[at]!.folded === 'and' && doc.words[at + 1]!.folded === 'for') anchor = at + 1;
  return anchor;
}

function noRequestBetween(doc: Doc, from: number, to: number, sentence: number): boolean {
  if (to - from - 1 > GIVEN_REACH) return false;
  for (let at = from + 1; at < to; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence || REQUESTING.has(word.folded)) return false;
  }
  return doc.words[from]?.sentence === sentence;
}

/** "I'm not the right person for your question, but Raj is": the writer, not the reader, is meant. */
function saidOfMyself(doc: Doc, match: PhraseMatch): boolean {
  const before = doc.words[match.firstAt - 1]?.folded ?? '';
  const earlier = doc.words[match.firstAt - 2]?.folded ?? '';
  const sentence = doc.words[match.firstAt]?.sentence;
  if (doc.words[match.firstAt - 2]?.sentence !== sentence) return false;
  // "I am looking for a mentor": what I seek is what I ask.
  if (SEEKING.has(doc.words[match.firstAt]?.folded ?? '')) return false;
  return SELF_IS.has(before) || (before === 'not' && SELF_IS.has(earlier));
}
const SELF_IS = wordSet("i'm im am");

/** Asks that are a favour when the writer offers them: an intro, a word with the hiring manager. */
const OFFERABLE = new Set([
  'an intro',
  'an introduction',
  'put in a word',
  'put in a good word',
  'a referral',
  'a letter of support',
  'letter of support',
  'letters of support',
  // "Happy to walk you through my VA packet"; "… the listing options", "… our platform" is a demo.
  'walk you through',
  // "Happy to send your CV to her directly": their CV carried to a job, by me.
  'send your cv',
  'send your resume',
]);
const WALK_THROUGH = 'walk you through';
const OFFER_REACH = 4;

/** "Want me to make an intro?", "happy to put in a word!": the writer offers to do it for them. */
function offeredByMe(doc: Doc, match: PhraseMatch): boolean {
  if (!OFFERABLE.has(match.phrase.phrase) || ownMaterialAfter(doc, match.lastAt, OUR)) return false;
  if (match.phrase.phrase === WALK_THROUGH && doc.words[match.lastAt + 1]?.folded !== 'my') return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.firstAt - 1; at >= Math.max(0, match.firstAt - OFFER_REACH); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence || word.folded === 'you') return false;
    const next = doc.words[at + 1]?.folded;
    // "would you be happy to write a letter of support": their willingness, asked.
    if (OFFERING.has(word.folded) && theirWillingness(doc, at)) return false;
    if (word.folded === 'me' && next === 'to') return true;
    // "I can make an intro" and "shall I send her an intro?" offer; "could I get an intro" (modal first) asks.
    if (opensAnOffer(word.folded, next ?? '') || (word.folded === 'shall' && next === 'i')) return true;
  }
  return false;
}
const OFFERING = wordSet('happy glad keen delighted pleased');
const WRITER_WILL = wordSet('can could will');

/** "happy to", "I'll", "I can": the words a writer's own offer opens with. */
function opensAnOffer(word: string, next: string): boolean {
  return (OFFERING.has(word) && next === 'to') || word === "i'll" || (word === 'i' && WRITER_WILL.has(next));
}

/** How far after an ask "if that's easier for you" may come, and how far its reason may reach. */
const EASIER_REACH = 2;
const EASIER_WORDS = wordSet('easier prefer quicker simpler help helps helpful useful');
const OFFERED_REACH = 10;

/**
 * "Happy to send them, or hop on a call if that's easier for you": the reader chooses. After "happy
 * to", the condition may come later in the sentence ("happy to hop on a call and walk your team
 * through setup if that helps").
 */
function offeredIfEasier(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  // "could hop on a call thursday if easier" proposes a day: a booking, whatever the condition.
  if (namesADay(doc, sentence)) return false;
  if (wishedBefore(doc, match) || easierThenOffered(doc, match)) return true;
  const offered = [1, 2, 3].some(
    (back) =>
      OFFERING.has(doc.words[match.firstAt - back]?.folded ?? '') &&
      doc.words[match.firstAt - back + 1]?.folded === 'to' &&
      doc.words[match.firstAt - back]?.sentence === sentence,
  );
  const reach = offered ? OFFERED_REACH : EASIER_REACH;
  for (let at = match.lastAt + 1; at <= match.lastAt + reach; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (word.folded !== 'if') continue;
    for (let reason = at + 1; reason <= at + 4; reason++) {
      const next = doc.words[reason];
      if (!next || next.sentence !== sentence) return false;
      if (EASIER_WORDS.has(next.folded)) return true;
    }
    return false;
  }
  return false;
}

/** "None of that happens without the 20 minutes you gave a stranger": time they already gave. */
function givenByThem(doc: Doc, match: PhraseMatch): boolean {
  const you = doc.words[match.lastAt + 1];
  const verb = doc.words[match.lastAt + 2];
  if (!you || !verb || you.sentence !== doc.words[match.firstAt]?.sentence) return false;
  return (you.folded === 'you' || you.folded === "you've") && GAVE.has(verb.folded);
}

/** "I've already rewritten my resume the way you suggested": what the writer did to their own thing. */
export function doneToMine(doc: Doc, first: number): boolean {
  const sentence = doc.words[first]?.sentence;
  if (doc.words[first]?.folded !== 'my' || sentence === undefined || doc.sentences[sentence]?.question)
    return false;
  const verb = doc.words[first - 1];
  if (!verb || verb.sentence !== sentence) return false;
  if (HANDED.has(verb.folded)) return false;
  return isPastTense(verb.folded) || PARTICIPLES.has(verb.folded);
}
const PARTICIPLES = wordSet('written rewritten done redone');

const ADVICE = wordSet('advice feedback tips notes comments suggestions pointers');
const WANTING = new Set([...MODALS, ...wordSet('please love')]);
/** "Your advice to stop writing 'hardworking' on my CV was an eye-opener": their advice on mine, told back, not wanted. */
function adviceOnMine(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.sentences[doc.words[match.firstAt]?.sentence ?? -1];
  if (!sentence || sentence.question) return false;
  let advice = false;
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    const text = doc.words[at]!.folded;
    if (WANTING.has(text) || MY_DOING.has(text)) return false;
    if (at < match.firstAt && text === 'your' && ADVICE.has(doc.words[at + 1]?.folded ?? '')) advice = true;
  }
  return advice;
}
/** "I've attached my CV": handed to the reader, which is the ask itself. */
const HANDED = wordSet('attached sent enclosed shared forwarded included uploaded linked added');

/** "Link's in my latest post if useful, no need to reply": the reader is left free to ignore it. */
function leftToThem(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.lastAt + 1; doc.words[at]?.sentence === sentence; at++) {
    const word = doc.words[at]?.folded;
    const next = doc.words[at + 1]?.folded;
    if (word === 'if' && (next === 'useful' || next === 'helpful')) return true;
    if (word === 'no' && next === 'need') return true;
  }
  return false;
}

const NUMBERS = new Set(['phone number', 'mobile number']);
const NUMBERS_TOLD = new Set(['your number', 'phone number', 'mobile number']);
/** "your phone number", "a good mobile number for you", "send me phone number": the reader's, asked for. */
const ASKING_BEFORE = wordSet('your ur yr good best direct personal work share send give leave drop me text');

/** "I never got your number", "didn't have your email": told as missing, not asked for. */
const NEVER_HAD = wordSet('got had have get');
const NEGATIONS = wordSet("never didn't don't not no");

/**
 * "the billboard with the wrong phone number", "my mobile number is …", "always have a backup phone
 * number", "I never got your number": a number told of, not asked for.
 */
function someonesNumber(doc: Doc, match: PhraseMatch): boolean {
  if (NEVER_HAD.has(doc.words[match.firstAt - 1]?.folded ?? '') && NEGATIONS.has(doc.words[match.firstAt - 2]?.folded ?? '')) return true;
  // "Gave him ur number, hope that's grand": their number passed to someone who needs them.
  if (NUMBERS_TOLD.has(match.phrase.phrase) && [2, 3].some((back) => GAVE.has(doc.words[match.firstAt - back]?.folded ?? '')))
    return true;
  // "Can I give her your phone number?": leave asked to hand it on (signals/handed-on.ts).
  if (findHandedOn(doc).some(([start, end]) => start < match.range[1] && match.range[0] < end)) return true;
  return NUMBERS.has(match.phrase.phrase) && !ASKING_BEFORE.has(doc.words[match.firstAt - 1]?.folded ?? '');
}

/** Links of mine to visit, listed or soft ("the link is in my profile"). */
const PUSHES: ReadonlySet<object> = new Set([...LINK_PUSHES, ...LISTED_LIGHT_ASKS.filter((ask) => ask.phrase.includes('link'))]);

/** A page to look at: "visit our site", "pricing is on our site, worth a visit", "find it on our site". */
const TO_THE_PAGE = wordSet(
  'visit check see look browse find go head read download explore register sign details info more pricing ' +
  'prices demo blog studies portfolio catalogue catalog brochure',
);
const SITE_REACH_BEFORE = 5;
const SITE_REACH_AFTER = 3;

/**
 * "did a cracker job on our site this week", "we opened a mezzanine on our site": a place where work
 * is done, unless the note sends someone to look at a page there or carries an address.
 */
function aSiteNotAPage(doc: Doc, match: PhraseMatch): boolean {
  if (match.phrase.phrase !== 'our site') return false;
  if (doc.text.includes('://') || doc.text.includes('www.')) return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  const from = Math.max(0, match.firstAt - SITE_REACH_BEFORE);
  for (let at = from; at <= match.lastAt + SITE_REACH_AFTER; at++) {
    const word = doc.words[at];
    if (word && word.sentence === sentence && TO_THE_PAGE.has(word.folded)) return false;
  }
  return true;
}

/** "As promised at the meetup, here is our onboarding checklist": a thing of mine handed over as a give. */
function handedOver(doc: Doc, match: PhraseMatch): boolean {
  if (!PUSHES.has(match.phrase)) return false;
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  return linkGiveCues.find(doc).some((cue) => {
    // "Here's our deck" does not vouch for itself.
    if (cue.firstAt <= match.lastAt && match.firstAt <= cue.lastAt) return false;
    const at = doc.words[cue.firstAt]?.sentence ?? -2;
    return at === sentence || at === sentence - 1;
  });
}

/**
 * "I gave them your number", "I gave them your name as a referral": the writer passed it on; nothing
 * is asked of the reader.
 */
export function passedOnByMe(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.firstAt - 1; at >= Math.max(0, match.firstAt - 5); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence || REQUESTING.has(word.folded)) return false;
    // "I passed your name on"; "I'll pass your number along", a promise of the same.
    if ((GAVE.has(word.folded) || word.folded === 'pass') && WRITER_GAVE.has(doc.words[at - 1]?.folded ?? '')) return true;
  }
  return false;
}
// "the 20-min call you did with our cohort", "the session you ran": theirs, done.
const WRITER_GAVE = wordSet("i i'll");
const GAVE = wordSet('gave passed shared sent forwarded handed spent took offered did ran hosted led held');

/** How far before an ask "If you want," may open its sentence: "If you want, we can do a 20 minute call". */
const WISH_REACH = 30;
const WISHING = wordSet('want like prefer wish');

function wishedBefore(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.firstAt - 1; at >= Math.max(0, match.firstAt - WISH_REACH); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (word.folded !== 'if') continue;
    const who = doc.words[at + 1]?.folded ?? '';
    // "if you ever want someone to listen": "ever" may come between.
    const ever = doc.words[at + 2]?.folded === 'ever' ? 1 : 0;
    const wish = doc.words[at + 2 + ever]?.folded ?? '';
    if (!(READER.has(who) && WISHING.has(wish)) && !EASIER_WORDS.has(who)) return false;
    // The writer offers it ("If you want, we can do a call", "… I'm happy to get on a call"); "if
    // you'd like to set up a time" asks.
    for (let offer = at + 2; offer < match.firstAt; offer++) {
      const word = doc.words[offer]?.folded ?? '';
      if (WRITER_OFFERS.has(word) && !WRITER_WANTS.has(doc.words[offer + 1]?.folded ?? '')) return true;
      if (OFFERING.has(word) && doc.words[offer + 1]?.folded === 'to') return true;
      if ((word === 'i' || word === 'we') && WRITER_WILL.has(doc.words[offer + 1]?.folded ?? '')) return true;
    }
    return false;
  }
  return false;
}
const WRITER_OFFERS = wordSet("i'll we'll i'd we'd");
/** "If you ever want a wellness day, I'd love to be considered": the writer's own wish, not an offer. */
const WRITER_WANTS = wordSet('love like appreciate welcome');

/** The writer's promise of help in the sentence: "and I'll talk you through it". */
const THROUGH_REACH = 4;
// "… and I'll pop out and plane it", "I'll come and have a look": the writer comes to fix it.
const HELP_AFTER = wordSet('through help sort fix pop come swing look check');

/**
 * "If not, give me a call and I'll talk you through checking the valve yourself": a call on their
 * terms (the sentence opens with "if"), for help the writer promises, not a pitch ("… and I'll walk
 * you through our platform").
 */
function helpOnTheirTerms(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.sentences[doc.words[match.firstAt]?.sentence ?? -1];
  if (!sentence || doc.words[sentence.firstWord]?.folded !== 'if') return false;
  const words = doc.words.slice(sentence.firstWord, sentence.endWord).map((word) => word.folded);
  const promise = words.indexOf("i'll");
  if (promise < 0 || words.some((word) => WRITER_POSSESSIVES.has(word))) return false;
  return words.slice(promise + 1, promise + 1 + THROUGH_REACH).some((word) => HELP_AFTER.has(word));
}

const CONDITION_REACH = 4;
const WRITER_ACTS = wordSet("i'll i'd we'll we'd");
const WRITER_CAN = wordSet('can could will would');

/**
 * "If it would help, I can do a call with your ward leads": the sentence opens on their need ("if it
 * helps", "if useful") and the writer does the meeting, not for anything of theirs to sell.
 */
function offeredIfItWouldHelp(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.sentences[doc.words[match.firstAt]?.sentence ?? -1];
  if (!sentence || doc.words[sentence.firstWord]?.folded !== 'if') return false;
  const opening = doc.words.slice(sentence.firstWord + 1, sentence.firstWord + 1 + CONDITION_REACH);
  if (!opening.some((word) => HELPS_THEM.has(word.folded))) return false;
  const words = doc.words.slice(sentence.firstWord, sentence.endWord).map((word) => word.folded);
  if (words.some((word) => WRITER_POSSESSIVES.has(word))) return false;
  const before = doc.words.slice(sentence.firstWord, match.firstAt).map((word) => word.folded);
  return before.some(
    (word, at) => WRITER_ACTS.has(word) || ((word === 'i' || word === 'we') && WRITER_CAN.has(before[at + 1] ?? '')),
  );
}

const IN_A = wordSet('in during after');

/** "A rep on my team used your line in a demo and crushed it": a meeting told of, not asked for. */
function toldOfThePast(doc: Doc, match: PhraseMatch): boolean {
  // "It's been a minute since our coffee chat in March".
  if (doc.words[match.firstAt - 1]?.folded === 'our' && doc.words[match.firstAt - 2]?.folded === 'since') return true;
  if (!IN_A.has(doc.words[match.firstAt - 1]?.folded ?? '')) return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  for (let at = match.firstAt - 2; at >= 0; at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (isPastTense(word.folded) || word.folded === 'used') return true;
  }
  return false;
}

const DID_REACH = 6;

/** "Your feedback on my draft last year changed how I write": their thing, already given, told of. */
function theirsThatDidSomething(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  if (doc.words[match.firstAt - 1]?.folded !== 'your' || sentence === undefined || doc.sentences[sentence]?.question) return false;
  for (let at = match.lastAt + 1; at <= match.lastAt + DID_REACH; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (isPastTense(word.folded) || WAS.has(word.folded)) return true;
  }
  return false;
}
/** "They got the right person" (the reader, in a congratulation): a choice made, nobody asked for. */
function chosenAlready(doc: Doc, match: PhraseMatch): boolean {
  return doc.words[match.firstAt + 1]?.folded === 'right' && CHOSE.has(doc.words[match.firstAt - 1]?.folded ?? '');
}
const CHOSE = wordSet('got found hired picked chose');

/** "your feedback on my seminar was the most useful thing": what their thing was, told. */
const WAS = wordSet('was were');

/** "you … spent 20 min fixing my resume bullets": what they already did for my thing, told back. */
function doneByThemToMine(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const mine = words[match.firstAt];
  const verb = words[match.firstAt - 1];
  if (mine?.folded !== 'my' || !verb || verb.sentence !== mine.sentence || doc.sentences[mine.sentence]?.question) return false;
  if (!verb.folded.endsWith('ing') && !isPastTense(verb.folded)) return false;
  for (let at = match.firstAt - 2; at >= 0 && words[at]!.sentence === mine.sentence; at--) {
    if (words[at]!.folded === 'you' && isPastTense(words[at + 1]?.folded ?? '')) return true;
  }
  return false;
}

const OF_INTEREST_REACH = 4;
const OFFERING_AFTER = wordSet("happy glad gladly i'll i'd we'll we'd");

/**
 * "If it is of interest I would be happy to introduce you": the reader's interest is the condition of
 * the writer's offer, not the close of a pitch ("… let me know if it's of interest").
 */
function offeredIfOfInterest(doc: Doc, match: PhraseMatch): boolean {
  if (doc.words[match.lastAt]?.folded !== 'interest' || doc.words[match.firstAt]?.folded !== 'if') return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  // "A client of mine is looking for a data protection lead … I'm not recruiting. Happy to send the
  // details if it's of interest": the offer came first, in a note that says it sells nothing.
  for (let at = doc.sentences[sentence!]!.firstWord; at < match.firstAt; at++)
    if (OFFERING.has(doc.words[at]!.folded) && doc.words[at + 1]?.folded === 'to') return noSale.find(doc).length > 0 && findPitches(doc).length === 0;
  for (let at = match.lastAt + 1; at <= match.lastAt + OF_INTEREST_REACH; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (OFFERING_AFTER.has(word.folded)) return true;
    if ((word.folded === 'i' || word.folded === 'we') && WRITER_CAN.has(doc.words[at + 1]?.folded ?? '')) return true;
  }
  return false;
}

const CONDITION_BACK = 12;
const OFFER_BEFORE_REACH = 4;

/** "If it is easier to go through the curves on a call, I am happy to do it": the condition first, the offer after. */
function easierThenOffered(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  let condition = false;
  for (let at = match.firstAt - 1; at >= Math.max(0, match.firstAt - CONDITION_BACK); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) break;
    if (word.folded !== 'if') continue;
    for (let reason = at + 1; reason <= at + 3 && reason < match.firstAt; reason++)
      if (EASIER_WORDS.has(doc.words[reason]?.folded ?? '')) condition = true;
    break;
  }
  if (!condition) return false;
  // "… sending it to your email now. if it's easier give me a call": the call follows what was handed over.
  if (offersValue.find(doc).some((offer) => offer.lastAt < match.firstAt)) return true;
  // "if talking is easier I'm happy to do a 20-min call": the offer just before the call ("happy to pop
  // in to see you and your team beforehand for a chat about how we might support you" books a visit).
  for (let at = match.firstAt - 1; at >= match.firstAt - OFFER_BEFORE_REACH && doc.words[at]?.sentence === sentence; at--)
    if (OFFERING.has(doc.words[at]!.folded) && doc.words[at + 1]?.folded === 'to') return findPitches(doc).length === 0;
  for (let at = match.lastAt + 1; at <= match.lastAt + OFFERED_REACH; at++) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (OFFERING.has(word.folded) && doc.words[at + 1]?.folded === 'to') return true;
  }
  return false;
}

const ME = wordSet('i we');
// Deeds, not wishes: "I wondered if you'd donate" still asks.
const DEEDS_DONE = wordSet(
  'set put made gave sent donated started arranged booked organised organized paid bought ordered signed ' +
  'joined created',
);
const DONE_REACH = 4;
const DECIDED = wordSet('voted decided agreed chose offered volunteered');

/** "I set up a monthly donation of $25 after your talk": the writer's own deed, told, not asked. */
function doneByMe(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  // "Could we set up a call?" proposes; only a statement tells a deed.
  if (doc.sentences[sentence ?? -1]?.question) return false;
  // "Our crew voted to donate the labor": a decision told, already made.
  if (DECIDED.has(doc.words[match.firstAt - 1]?.folded ?? '') && doc.words[match.firstAt]?.folded === 'to') return true;
  for (let at = match.firstAt - 1; at >= Math.max(1, match.firstAt - DONE_REACH); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (DEEDS_DONE.has(word.folded) && ME.has(doc.words[at - 1]?.folded ?? '') && !WRITER_CAN.has(doc.words[at - 2]?.folded ?? '')) return true;
  }
  return false;
}

const ENTRIES = wordSet('projects proposals applications papers submissions entries nominations abstracts');
const ENTRIES_REACH = 5;

/** People called for, by how their name ends: "a call for literary translators", "for speakers", "for artists". */
const CALLED_PEOPLE = ['ers', 'ors', 'ists', 'ants'];

/** "The fund has opened a call for youth-led climate projects", "a call for translators": a funder's call, not a phone call. */
function callForEntries(doc: Doc, match: PhraseMatch): boolean {
  if (doc.words[match.lastAt]?.folded !== 'call' || doc.words[match.lastAt + 1]?.folded !== 'for') return false;
  return doc.words
    .slice(match.lastAt + 2, match.lastAt + 2 + ENTRIES_REACH)
    .some((word) => ENTRIES.has(word.folded) || CALLED_PEOPLE.some((end) => word.folded.endsWith(end)));
}

const CONTACT_WORDS = ['email', 'address', 'send me your', 'number', 'details'];

/**
 * "They're yours if you want them, no strings. Just send me your email": an address asked for only
 * to hand the gift over, just after it is offered with nothing wanted back.
 */
export function toDeliverAGift(doc: Doc, match: PhraseMatch): boolean {
  // "Just enter your email at the link and it's yours": a form collects it, nobody hands anything over.
  if (match.phrase.hard) return false;
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  const contact =
    CONTACT_WORDS.some((word) => match.phrase.phrase.includes(word)) ||
    doc.words.slice(match.lastAt + 1, match.lastAt + 1 + CONTACT_REACH).some((word) => word.sentence === sentence && CONTACT_NOUNS.has(word.folded)) ||
    timeToCollect(doc, match);
  if (!contact) return false;
  // "Happy to mail it to you for free, send me an address if you want it": the gift's own sentence says so.
  const own = doc.sentences[sentence];
  // "I've got 4 kits, free, they're yours. Send me the address and I'll drop them by": a thing's
  // address may follow its offer. Not an email after a free checklist, how a funnel collects leads,
  // nor after "our catalogue is free this month".
  if (own) {
    const prior = doc.sentences[sentence - 1];
    const offeredBefore = prior && !doc.words.some((word) => word.folded === 'email') && !doc.words.slice(prior.firstWord, prior.endWord).some((word) => word.folded === 'our');
    if (doc.words.slice((offeredBefore ? prior : own).firstWord, own.endWord).some((word) => FREE_GIFT.has(word.folded))) return true;
  }
  // "If you would like it mailed, just send me an address", "Want them shipped? Send me your address":
  // the thing told of before, sent to them.
  if (own && deliveryOffered(doc, Math.max(0, sentence - 1), sentence)) return true;
  // "PM me your email and I'll send the packet I put together": the address is where a gift goes.
  if (sendPromisedAfter(doc, match.lastAt)) return true;
  // "Send me a phone number and a time and we'll show up with ladders": where the writers' help comes.
  if (own && comingAfter(doc, match.lastAt, own.endWord) && findPitches(doc).length === 0) return true;
  // "… free, only for you. There is nothing to buy after. If you accept, send me the address."
  const nothingSold = noSale.find(doc).filter((cue) => NOTHING_SOLD.has(cue.phrase.phrase));
  // The sentence before, across a blank line.
  const before = own ? doc.words[own.firstWord - 1]?.sentence : undefined;
  return [...noStrings.find(doc), ...nothingSold].some((cue) => {
    const at = doc.words[cue.firstAt]?.sentence ?? -2;
    // "… send me a time to collect. There is nothing to repay.": said outright just after, too.
    return at === sentence || at === before || (at === sentence + 1 && NOTHING_SOLD.has(cue.phrase.phrase));
  });
}

const COLLECTING = wordSet('collect pickup pick fetch');
const COLLECT_REACH = 8;

/** "Send me a time that suits you to collect": when the reader comes for the gift. */
function timeToCollect(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  const after = doc.words.slice(match.lastAt + 1, match.lastAt + 1 + COLLECT_REACH).filter((word) => word.sentence === sentence);
  return after.some((word) => word.folded === 'time') && after.some((word) => COLLECTING.has(word.folded));
}
const SENDS = wordSet('send email mail post forward paste');

/**
 * "… and I'll send the packet I put together"; not "so I can send through some roles". "You asked at
 * the panel how to get into peer work. … Send me your email and I'll forward the info": what they
 * asked for, whatever it is called.
 */
function sendPromisedAfter(doc: Doc, last: number): boolean {
  const verb = promiseAfter(doc, last);
  if (verb < 0 || !SENDS.has(doc.words[verb]?.folded ?? '')) return false;
  return !ownMaterialAfter(doc, verb, RECRUITING) || answerCues.find(doc).some((cue) => cue.lastAt < last);
}

const WE_WILL = wordSet("we'll i'll");
const COMING = wordSet('show come bring swing stop');

/** "… and we'll show up", "… and I'll come by": the writer promises to come, before `end`. */
function comingAfter(doc: Doc, from: number, end: number): boolean {
  for (let at = from + 1; at < end - 1; at++) if (WE_WILL.has(doc.words[at]!.folded) && COMING.has(doc.words[at + 1]!.folded)) return true;
  return false;
}

/** "it mailed", "them shipped" in sentences `from` to `to`. */
function deliveryOffered(doc: Doc, from: number, to: number): boolean {
  const first = doc.sentences[from]?.firstWord ?? 0;
  const end = doc.sentences[to]?.endWord ?? 0;
  for (let at = first + 1; at < end; at++) {
    const before = doc.words[at - 1]!.folded;
    const word = doc.words[at]!.folded;
    // "it mailed", and "I would love to post it on to you".
    if ((DELIVERED.has(word) && SENT_THING.has(before)) || (DELIVER.has(before) && SENT_THING.has(word))) return true;
  }
  return false;
}

const CONTACT_REACH = 3;
const CONTACT_NOUNS = wordSet('address email number details');
const FREE_GIFT = wordSet('free yours');
const DELIVERED = wordSet('mailed posted shipped delivered couriered');
const DELIVER = wordSet('mail post ship deliver');
const SENT_THING = wordSet('it them anything');

const PEOPLE_SENT = wordSet('ones anyone anybody them folks people mentees students vets marines kids');

/**
 * "I have room for two more this quarter. Send me the ones nobody else wants": people sent to the
 * writer who said there is room for them, help on offer.
 */
function peopleTakenOn(doc: Doc, match: PhraseMatch): boolean {
  if (match.phrase.phrase !== 'send me') return false;
  const object = [1, 2].some((ahead) => PEOPLE_SENT.has(doc.words[match.lastAt + ahead]?.folded ?? ''));
  return object && doc.words.some((word, at) => word.folded === 'room' && doc.words[at + 1]?.folded === 'for' && at < match.firstAt);
}

const QUESTIONS = wordSet('questions question qs');
const QUESTIONS_REACH = 4;

const A_WORD = wordSet('message text line note');
const ANYTIME = wordSet('anytime whenever');

/**
 * "Send me your DD-214 questions anytime", "if the first year gets heavy, send me a message anytime":
 * their questions or a word from them invited, help on offer.
 */
function questionsInvited(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]?.sentence;
  let aWord = false;
  for (let at = match.lastAt + 1; at <= match.lastAt + QUESTIONS_REACH && doc.words[at]?.sentence === sentence; at++) {
    const text = doc.words[at]!.folded;
    if (QUESTIONS.has(text) || (aWord && ANYTIME.has(text))) return true;
    aWord ||= A_WORD.has(text);
  }
  return false;
}

const NEED_OR_HAVE = wordSet('need have');

/** "you don't know anyone in the organoid world here": a state told, not asked (not in a question). */
function deniedOutright(doc: Doc, match: PhraseMatch): boolean {
  if (doc.sentences[doc.words[match.firstAt]?.sentence ?? -1]?.question) return false;
  // "No need to mention my name", "you don't have to sign up": what they need not do; "nothing to
  // sign up for": nothing to do.
  const to = doc.words[match.firstAt - 1]?.folded === 'to';
  const needless = to && NEED_OR_HAVE.has(doc.words[match.firstAt - 2]?.folded ?? '');
  return deniedBefore(doc, match.firstAt - (needless ? 2 : to ? 1 : 0), 1);
}

/** "you review my very first PR in 2019": a statement dated in the past tells a deed, whatever its tense. */
function datedDeed(doc: Doc, match: PhraseMatch): boolean {
  return !doc.sentences[doc.words[match.firstAt]?.sentence ?? -1]?.question && datedInThePast(doc, match.firstAt);
}

const TOLD = wordSet('mentioned said told wrote posted shared');
const HEADS_UP = wordSet('this it that');
/** Asks that name the reader's situation ("stretched thin", "on your radar"), not something wanted of them. */
const SITUATION = wordSet('stretched priority radar mind sorted');

/**
 * "You mentioned at formulary that your team is stretched thin": their own words about their
 * situation, told back as the reason for an offer. The same words asked ("still stretched thin?") ask.
 */
function toldBackToThem(doc: Doc, match: PhraseMatch): boolean {
  if (!doc.words.slice(match.firstAt, match.lastAt + 1).some((word) => SITUATION.has(word.folded))) return false;
  const sentence = doc.words[match.firstAt]?.sentence;
  if (doc.sentences[sentence ?? -1]?.question) return false;
  // "Not sure if this is on your radar: a friend's firm is hiring": a heads-up about what follows.
  if (doc.words[match.firstAt - 1]?.folded === 'is' && HEADS_UP.has(doc.words[match.firstAt - 2]?.folded ?? '')) return true;
  for (let at = match.firstAt - 1; at > 0 && doc.words[at]!.sentence === sentence; at--)
    if (TOLD.has(doc.words[at]!.folded) && doc.words[at - 1]!.folded === 'you' && doc.words[at - 1]!.sentence === sentence) return true;
  return false;
}

/**
 * "If you ever want a free FEA check on a bracket, would you send it my way?": the question only
 * hands over what the writer offered on the reader's want (signals/conditional-offers.ts).
 */
export function offeredOnTheirNeed(doc: Doc, match: PhraseMatch): boolean {
  const start = doc.words[match.firstAt]?.startAt ?? -1;
  if (findConditionalOffers(doc).some((range) => range[0] <= start && start < range[1])) return true;
  // "If your students ever need a site to look round, give me a call, happy to host": the listed
  // offer beside it says what the call is for, unless it is the writer's own material ("happy to
  // send over my portfolio" sells).
  // "If you need someone to walk the floor with a new hire, give me a call. … Happy to help.": the
  // offer may close the note, when nothing in it sells.
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  if (doc.sentences[sentence]?.question || !needSetIn(doc, sentence)) return false;
  const offered = (offer: PhraseMatch) => doc.words[offer.firstAt]!.sentence >= sentence && !ownMaterialAfter(doc, offer.lastAt);
  const offers = offersValue.find(doc);
  return offers.some((offer) => doc.words[offer.firstAt]?.sentence === sentence && offered(offer)) ||
    (offers.some(offered) && findPitches(doc).length === 0);
}

const OWN_MATERIAL_REACH = 4;
const OUR = wordSet('our');

/** The writer's own material after an offer: "happy to send over my portfolio", "walk you through our pricing". */
function ownMaterialAfter(doc: Doc, last: number, owners: ReadonlySet<string> = WRITER_POSSESSIVES): boolean {
  const sentence = doc.words[last]?.sentence;
  for (let at = last + 1; at <= last + OWN_MATERIAL_REACH && doc.words[at]?.sentence === sentence; at++) {
    const text = doc.words[at]!.folded;
    if (owners.has(text) || COLLATERAL.has(text)) return true;
  }
  return false;
}
