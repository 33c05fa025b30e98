import {
  BOOKING_VERBS,
  DISCLAIMED,
  EXCHANGE_VERBS,
  FAVOUR_WORDS,
  GATEKEEPING_VERBS,
  JOINING_NOUNS,
  KEEPING_VERBS,
  LISTED_HARD_ASKS,
  LISTED_LIGHT_ASKS,
  MEANING_MUCH,
  MEETING_NOUNS,
  OPPORTUNITY_WORDS,
  OFFER_MODALS,
  PITCH_MATERIAL,
  PLACES,
  PROPOSING,
  REPLY_VERBS,
  SENDING_VERBS,
  SOCIAL,
  TAKING_VERBS,
  TELLING_VERBS,
  VERDICT_NOUNS,
  VOUCHING_VERBS,
} from '../phrases/soft-asks';
import { REQUEST_VERBS } from '../phrases/hard-asks';
import { DAY_WORDS } from '../phrases/time-words';
import { memoKey, type Doc } from '../text/doc';
import { compilePhrases, type Phrase, type PhraseMatch } from '../text/phrase-matcher';
import { figuresAndWordsIn } from '../text/word-index';
import { offersValue } from './phrase-sets';
import { wordList, wordSet } from '../text/word-set';
import { sentenceHas } from '../text/sentence-has';
import { isAllCapitals } from '../text/case';

const listedHard = compilePhrases(LISTED_HARD_ASKS);
const listedLight = compilePhrases(LISTED_LIGHT_ASKS);

const TIME_ASK: Phrase = { phrase: '20-min call / grab 20 mins' }; // time
const FREE_TO: Phrase = { phrase: 'free to … ? / open to … ?' }; // their time
const WE_MEET: Phrase = { phrase: 'shall we set something up?' }; // a meeting
const BOOK_MEETING: Phrase = { phrase: 'book a walkthrough' }; // a sales meeting
const VISIT: Phrase = { phrase: 'can I swing by …' }; // a visit, proposed
/** Asks a warm, personal note may soften: a meeting or minutes proposed plainly. */
const LIGHT: ReadonlySet<Phrase> = new Set([BOOK_MEETING, WE_MEET, FREE_TO, VISIT]);

type Shape = (doc: Doc, at: number, question: boolean) => number | undefined;

const findSoftAsksKey = memoKey();

/**
 * Asks worded softly enough to pass for a remark or an offer, found by the shape of the sentence
 * ("Worth a convo?", "Can I save you a seat?", "who at Larkspur looks after renewals?"). Most are
 * the reason the note was written (see `isHardAsk`).
 */
export function findSoftAsks(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findSoftAsksKey, findSoftAsksAfresh);
}

function findSoftAsksAfresh(doc: Doc): readonly PhraseMatch[] {
  const found: PhraseMatch[] = [...listedHard.find(doc), ...listedLight.find(doc)];
  const { words, sentences } = doc;
  // Only a number or a word some shape is on can start one.
  for (const at of figuresAndWordsIn(doc, SHAPE_WORDS)) {
    const word = words[at]?.folded ?? '';
    const shapes = isNumber(word) ? NUMBER_SHAPES : SHAPES_BY_WORD.get(word);
    if (!shapes) continue;
    const question = sentences[words[at]?.sentence ?? -1]?.question ?? false;
    for (const shape of shapes) {
      const last = shape.find(doc, at, question);
      if (last !== undefined) found.push(matchOf(doc, shape.phrase, at, last));
    }
  }
  return found.sort((a, b) => a.firstAt - b.firstAt);
}

/**
 * Soft asks that a friendly opening does not soften: all but a meeting or minutes proposed plainly
 * ("open to a quick chat later?", "shall we set something up?") and the light listed ones.
 */
export function isHardAsk(doc: Doc, match: PhraseMatch): boolean {
  // "Can I swing by Tuesday at 4?" books the reader; "happy to swing by sometime" is an offer.
  if (match.phrase === VISIT) return namesADay(doc, doc.words[match.firstAt]?.sentence, { weeks: true });
  if (LIGHT.has(match.phrase) || LISTED_LIGHT_ASKS.includes(match.phrase)) return false;
  if (match.phrase !== TIME_ASK) return true;
  // "Would you share your perspective in a 20-min interview?": minutes asked for in a question.
  return doc.sentences[doc.words[match.firstAt]?.sentence ?? -1]?.question ?? false;
}

/** Whether a sentence names a day: "Tuesday at 4", "tomorrow" (or, with `weeks`, "next week"). */
export function namesADay(doc: Doc, sentence: number | undefined, options: { weeks?: boolean } = {}): boolean {
  const bounds = doc.sentences[sentence ?? -1];
  if (!bounds) return false;
  for (let at = bounds.firstWord; at < bounds.endWord; at++) {
    const word = doc.words[at]?.folded ?? '';
    if (DAY_WORDS.has(word)) return true;
    if (options.weeks && word === 'week' && WEEK_OF.has(doc.words[at - 1]?.folded ?? '')) return true;
  }
  return false;
}

const WEEK_OF = wordSet('next this');

function matchOf(doc: Doc, phrase: Phrase, first: number, last: number): PhraseMatch {
  return { phrase, firstAt: first, lastAt: last, range: [doc.words[first]?.startAt ?? 0, doc.words[last]?.endAt ?? 0] };
}

function text(doc: Doc, at: number): string {
  return doc.words[at]?.folded ?? '';
}

/** Word `at + offset`, if it is in the same sentence as `at`. */
function inSentence(doc: Doc, at: number, offset: number): string {
  const word = doc.words[at + offset];
  return word && word.sentence === doc.words[at]?.sentence ? word.folded : '';
}

const ARTICLES = wordSet('a an');
const TALKING = wordSet('chatting talking discussing exploring connecting hearing learning trying');

/** "Worth a convo?", "Fancy a look?" (in a question only: "thought it was worth a shot!" is a remark). */
function proposed(doc: Doc, at: number, question: boolean): number | undefined {
  if (!question || !PROPOSING.has(text(doc, at))) return undefined;
  const next = inSentence(doc, at, 1);
  // "Worth chatting?", "fancy hearing more?", "worth 15 minutes of your time?" ("worth reading?" recommends).
  if (isNumber(next) || TALKING.has(next)) return at + 1;
  if (!ARTICLES.has(next)) return undefined;
  return inSentence(doc, at, 2) && !SOCIAL.has(inSentence(doc, at, 2)) ? at + 2 : undefined;
}

const READER_ME = wordSet('you u');

/** "Would you be up for a paid session", "are you up for referring me" ("sent up for our meetup" is not). */
function upFor(doc: Doc, at: number): number | undefined {
  const before = text(doc, at);
  if (before !== 'be' && !READER_ME.has(before)) return undefined;
  // "two chefs who'd be up for talking": someone else's willingness, not a request of the reader.
  if (before === 'be' && ![1, 2].some((back) => READER_ME.has(text(doc, at - back)))) return undefined;
  if (inSentence(doc, at, 1) !== 'up' || inSentence(doc, at, 2) !== 'for') return undefined;
  const next = inSentence(doc, at, 3);
  const thing = ARTICLES.has(next) ? inSentence(doc, at, 4) : next;
  return next && !SOCIAL.has(thing) ? at + 3 : undefined;
}

const WRITER_ACTS = new Set([...OFFER_MODALS, 'want', 'like']);

/** Where the writer starts an offer to act: "can I" / "shall I", or "want me to" / "like me to". */
function writerActsFrom(doc: Doc, at: number): number | undefined {
  const word = text(doc, at);
  if (OFFER_MODALS.has(word) && inSentence(doc, at, 1) === 'i') return at + 2;
  if (
    (word === 'want' || word === 'like') &&
    inSentence(doc, at, 1) === 'me' &&
    inSentence(doc, at, 2) === 'to'
  )
    return at + 3;
  return undefined;
}

/** "Can I save you a seat?", "Shall I pencil you in?" ("shall I connect you …", "can I save you a trip?" help them). */
function booksThem(doc: Doc, at: number): number | undefined {
  const verb = writerActsFrom(doc, at);
  if (verb === undefined || inSentence(doc, at, verb - at + 1) !== 'you') return undefined;
  const word = text(doc, verb);
  if (BOOKING_VERBS.has(word)) return verb + 1;
  if (!KEEPING_VERBS.has(word)) return undefined;
  return [2, 3].some((offset) => PLACES.has(inSentence(doc, at, verb - at + offset))) ? verb + 1 : undefined;
}

/** "Grab your seat here", "reserve your spot". */
function takeYourPlace(doc: Doc, at: number): number | undefined {
  if (!TAKING_VERBS.has(text(doc, at)) || inSentence(doc, at, 1) !== 'your') return undefined;
  return PLACES.has(inSentence(doc, at, 2)) ? at + 2 : undefined;
}

/** How far after the verb the material may come: "send you over the discovery deck". */
const MATERIAL_REACH = 5;

/** "Can I send over the one-pager?", "Want me to send you the deck?" ("… the slides from my talk?" gives). */
function sendsMaterial(doc: Doc, at: number): number | undefined {
  const verb = writerActsFrom(doc, at);
  if (verb === undefined || !SENDING_VERBS.has(inSentence(doc, at, verb - at))) return undefined;
  for (let offset = verb - at + 1; offset <= verb - at + MATERIAL_REACH; offset++) {
    const word = inSentence(doc, at, offset);
    if (!word) return undefined;
    if (PITCH_MATERIAL.has(word)) return at + offset;
  }
  return undefined;
}

/** "Can I share something that changed my life?", "could I show you something?" */
function something(doc: Doc, at: number, question: boolean): number | undefined {
  const verb = writerActsFrom(doc, at);
  if (!question || verb === undefined || !TELLING_VERBS.has(inSentence(doc, at, verb - at))) return undefined;
  const object = inSentence(doc, at, verb - at + 1) === 'you' ? verb + 2 : verb + 1;
  return inSentence(doc, at, object - at) === 'something' ? object : undefined;
}

const NOT_A_REPLY_VERB = wordSet('the a my your late slow quick kind');

/** "reply YES", "DM me GO", "comment ROOF and I'll send details": a keyword written in capitals, or yes. */
function replyKeyword(doc: Doc, at: number): number | undefined {
  if (!REPLY_VERBS.has(text(doc, at))) return undefined;
  // "DM me YES"
  const word = wordList('me us').includes(inSentence(doc, at, 1)) ? at + 2 : at + 1;
  const next = doc.words[word];
  // "got a leaky roof? dm me": a question to qualify them, then the way to buy ("happy to hose the
  // panels off. Just text me." tells them how to take an offer).
  // "Would you like me to drop them by? … just message me": the question offered, so this is how to take it.
  if (word === at + 2 && (!next || next.sentence !== doc.words[at]?.sentence)) {
    const asked = (doc.words[at]?.sentence ?? 0) - 1;
    const offered = offersValue.find(doc).some((offer) => doc.words[offer.firstAt]?.sentence === asked);
    return doc.sentences[asked]?.question && !offered ? at + 1 : undefined;
  }
  if (!next || next.sentence !== doc.words[at]?.sentence) return undefined;
  // "Sorry for the late reply, NEPA took light": the reply is a noun, and a comma ends its clause.
  if (NOT_A_REPLY_VERB.has(doc.words[at - 1]?.folded ?? '') || doc.text.slice(doc.words[word - 1]!.endAt, next.startAt).includes(',')) return undefined;
  const shouted = next.raw.length >= 2 && isAllCapitals(next.raw);
  return shouted || next.folded === 'yes' ? word : undefined;
}

/** "Would it be mad to grab 20 mins?", "would it be crazy to show you …?" */
function disclaimed(doc: Doc, at: number, question: boolean): number | undefined {
  if (
    !question ||
    text(doc, at) !== 'would' ||
    inSentence(doc, at, 1) !== 'it' ||
    inSentence(doc, at, 2) !== 'be'
  )
    return undefined;
  // "Would it be weird if I cited your thread?" asks leave to use their work, which good notes do.
  return DISCLAIMED.has(inSentence(doc, at, 3)) && inSentence(doc, at, 4) === 'to' ? at + 4 : undefined;
}

const FREE_FOR = wordSet('to for on this next sometime later');
/** "Free to compare notes?", "open to a chat?", "keen to hear more?" said to the reader. */
const READY = wordSet('free open keen available game');
const FREE_WHO = new Set(['', 'you', 'u', "you're", 'be']);

/** "Free to compare notes Thursday?", "Open to a chat?": the reader's time asked for ("drivers free on Thursdays" is ours). */
function freeTo(doc: Doc, at: number, question: boolean): number | undefined {
  if (!question || !READY.has(text(doc, at)) || !FREE_FOR.has(inSentence(doc, at, 1))) return undefined;
  // "Would you be open to me sharing what we learn?" offers.
  if (inSentence(doc, at, 2) === 'me') return undefined;
  return FREE_WHO.has(inSentence(doc, at, -1)) ? at + 1 : undefined;
}

const WOULD = wordSet("would it'd that'd 'd will could");

/** "A rating would mean the world", "it'd mean a lot if you shared it". */
function meansTheWorld(doc: Doc, at: number): number | undefined {
  if (!WOULD.has(text(doc, at)) || inSentence(doc, at, 1) !== 'mean') return undefined;
  if (MEANING_MUCH.has(inSentence(doc, at, 2))) return at + 2;
  return MEANING_MUCH.has(inSentence(doc, at, 3)) ? at + 3 : undefined;
}

/** "A share would go a long way". */
function goesALongWay(doc: Doc, at: number): number | undefined {
  if (!WOULD.has(text(doc, at)) || inSentence(doc, at, 1) !== 'go') return undefined;
  return inSentence(doc, at, 3) === 'long' && inSentence(doc, at, 4) === 'way' ? at + 4 : undefined;
}

const YOU = wordSet("you you'd u you'll");

/** "It'd be huge if you shared my launch post", "it would be great if you could try it". */
function wouldBeHugeIf(doc: Doc, at: number): number | undefined {
  if (!WOULD.has(text(doc, at)) || inSentence(doc, at, 1) !== 'be') return undefined;
  if (!FAVOUR_WORDS.has(inSentence(doc, at, 2)) || inSentence(doc, at, 3) !== 'if') return undefined;
  if (!YOU.has(inSentence(doc, at, 4))) return undefined;
  // "… if you shared my post" asks; "… if you kept writing these" only hopes.
  const modal = WOULD.has(inSentence(doc, at, 5)) ? 1 : 0;
  return isRequestVerb(inSentence(doc, at, 5 + modal)) ? at + 4 : undefined;
}

/** "share", "shared", "reposted": a verb that acts on my thing. */
function isRequestVerb(word: string): boolean {
  if (REQUEST_VERBS.has(word)) return true;
  return (
    word.endsWith('ed') && (REQUEST_VERBS.has(word.slice(0, -1)) || REQUEST_VERBS.has(word.slice(0, -2)))
  );
}

/** "Would you be up for referring me", "could you vouch for me". */
function vouchForMe(doc: Doc, at: number): number | undefined {
  if (!VOUCHING_VERBS.has(text(doc, at))) return undefined;
  if (inSentence(doc, at, 1) === 'me') return at + 1;
  return inSentence(doc, at, 1) === 'for' && inSentence(doc, at, 2) === 'me' ? at + 2 : undefined;
}

const GATEKEEPER_REACH = 4;
const WHO = wordSet("who who's whoever");
const SPEAKING = wordSet('speak talk reach contact pitch approach');

/** "Who at Larkspur looks after the renewal?", "are you the person who handles partnerships?", "who do I speak to?" */
function gatekeeper(doc: Doc, at: number, question: boolean): number | undefined {
  const word = text(doc, at);
  if (!question || !WHO.has(word)) return undefined;
  for (let offset = 1; offset <= GATEKEEPER_REACH; offset++) {
    const verb = inSentence(doc, at, offset);
    if (!verb) return undefined;
    // "Who do I speak to about partnerships?"
    if (verb === 'i' && SPEAKING.has(inSentence(doc, at, offset + 1))) return at + offset + 1;
    if (!GATEKEEPING_VERBS.has(verb)) continue;
    if (verb.startsWith('look'))
      return inSentence(doc, at, offset + 1) === 'after' ? at + offset + 1 : undefined;
    if (verb === 'charge') return inSentence(doc, at, offset - 1) === 'in' ? at + offset : undefined;
    return at + offset;
  }
  return undefined;
}

const EXCHANGE_REACH = 3;

/** "Free early access if you'd share feedback", "a discount if you leave a review". */
function inExchange(doc: Doc, at: number): number | undefined {
  if (text(doc, at) !== 'if') return undefined;
  for (let verb = 1; verb <= EXCHANGE_REACH; verb++) {
    if (!EXCHANGE_VERBS.has(inSentence(doc, at, verb))) continue;
    for (let noun = verb + 1; noun <= verb + EXCHANGE_REACH; noun++)
      if (VERDICT_NOUNS.has(inSentence(doc, at, noun))) return at + noun;
    return undefined;
  }
  return undefined;
}

const HIRING_LEAD_IN = 4;
const HIRING_REACH = 3;

/** "Is Vantor hiring juniors right now?", "are you guys hiring?" ("how are you finding hiring?" is curiosity). */
function isHiring(doc: Doc, at: number, question: boolean): number | undefined {
  const word = doc.words[at];
  const sentence = doc.sentences[word?.sentence ?? -1];
  if (!question || !word || !sentence || (word.folded !== 'is' && word.folded !== 'are')) return undefined;
  if (at - sentence.firstWord > HIRING_LEAD_IN) return undefined;
  for (let offset = 1; offset <= HIRING_REACH; offset++) {
    const next = inSentence(doc, at, offset);
    if (next === 'hiring') return offset > 1 ? at + offset : undefined;
    if (!next || next.endsWith('ing')) return undefined;
  }
  return undefined;
}

/** "looking for 3 motivated mamas to join my team". */
function joinMyTeam(doc: Doc, at: number): number | undefined {
  if (text(doc, at) !== 'join') return undefined;
  const owner = inSentence(doc, at, 1);
  if (owner !== 'my' && owner !== 'our') return undefined;
  for (let offset = 2; offset <= 4; offset++)
    if (JOINING_NOUNS.has(inSentence(doc, at, offset))) return at + offset;
  return undefined;
}

/** "Have you ever thought about making extra money?", "have you thought about what the next 5 years look like?" */
function everThought(doc: Doc, at: number, question: boolean): number | undefined {
  if (!question || text(doc, at) !== 'have' || !YOU.has(inSentence(doc, at, 1))) return undefined;
  const verb = inSentence(doc, at, 2) === 'ever' ? 3 : 2;
  const word = inSentence(doc, at, verb);
  if (word !== 'thought' && word !== 'considered') return undefined;
  const object = at + (inSentence(doc, at, verb + 1) === 'about' ? verb + 2 : verb + 1);
  if (whatIsNext(doc, object)) return at + verb;
  for (let offset = 0; offset <= OPPORTUNITY_REACH; offset++)
    if (opensAnOpportunity(doc, object, offset)) return at + verb;
  return undefined;
}

const OPPORTUNITY_REACH = 2;

/** "making extra money", "running your own studio", "your next move". */
function opensAnOpportunity(doc: Doc, object: number, offset: number): boolean {
  const word = inSentence(doc, object, offset);
  if (OPPORTUNITY_WORDS.has(word)) return true;
  return word === 'your' && wordList('next own').includes(inSentence(doc, object, offset + 1));
}

/** "what the next five years look like", "what's next for you" ("what comes next for the project" is about their work). */
function whatIsNext(doc: Doc, at: number): boolean {
  const word = inSentence(doc, at, 0);
  if (word === 'what') return inSentence(doc, at, 1) === 'the' && inSentence(doc, at, 2) === 'next';
  if (word !== "what's" || inSentence(doc, at, 1) !== 'next') return false;
  const after = inSentence(doc, at, 2);
  return after === '' || (after === 'for' && inSentence(doc, at, 3) === 'you');
}

/** Words that take a block of time: "grab 20 mins", "would love 15 minutes". */
const TIME_TAKERS = wordSet('grab spare get have borrow steal need love want only find snag');
const MINUTES = wordSet('min mins minute minutes');
const OWNED = wordSet('your the that this his her their our');

/** "a 20-min interview", "grab 20 mins next week" ("a 10-min video", "sat there for 20 mins" are not asks). */
function timeAsked(doc: Doc, at: number): number | undefined {
  const word = doc.words[at];
  if (!word || !isNumber(word.folded) || !MINUTES.has(inSentence(doc, at, 1))) return undefined;
  // "your 45-minute session at PyCon" names one they gave.
  if (OWNED.has(inSentence(doc, at, -1)) || OWNED.has(inSentence(doc, at, -2))) return undefined;
  if (word.hyphenNext) return MEETING_NOUNS.has(inSentence(doc, at, 2)) ? at + 2 : undefined;
  // "If you have 2 minutes, which part was confusing?": a moment to answer in, too short to meet in.
  if (TIME_TAKERS.has(inSentence(doc, at, -1)))
    return Number(word.folded) < 4 && !sentenceHas(doc, at, MEETING_NOUNS) ? undefined : at + 1;
  // "20 min next wk to walk thru it?" (not "the assessor was there 20 min").
  return inSentence(doc, at, 2) === 'next' && WEEKS.has(inSentence(doc, at, 3)) ? at + 3 : undefined;
}
const WEEKS = wordSet('week wk');

function isNumber(word: string): boolean {
  if (word.length === 0 || word.length > 3) return false;
  for (const char of word) if (char < '0' || char > '9') return false;
  return true;
}

/** "an option to book a walkthrough", "schedule a consultation". */
function booksMeeting(doc: Doc, at: number): number | undefined {
  const verb = text(doc, at);
  if ((verb !== 'book' && verb !== 'schedule') || !ARTICLES.has(inSentence(doc, at, 1))) return undefined;
  for (let offset = 2; offset <= 3; offset++)
    if (MEETING_NOUNS.has(inSentence(doc, at, offset))) return at + offset;
  return undefined;
}

const WE_PROPOSE = wordSet('shall should can could');
const MEETING_VERBS = wordSet('set book schedule find grab pencil jump hop lock arrange');

/** "Shall we set something up?", "could we find a slot next week?" */
function weMeet(doc: Doc, at: number, question: boolean): number | undefined {
  if (!question || !WE_PROPOSE.has(text(doc, at)) || inSentence(doc, at, 1) !== 'we') return undefined;
  return MEETING_VERBS.has(inSentence(doc, at, 2)) ? at + 2 : undefined;
}

const CONSIDER_REACH = 4;
const ASKING_MODALS = wordSet("would could will might you'd");
/** "would you consider it a …" weighs an idea; the writer considering is no ask. */
const NOT_ASKED_OF_THEM = wordSet("i we i'd we'd it this that");

/**
 * "Would Tomlin Auto consider donating an item?", "would your family consider making the founding
 * gift?": whoever the question names, it asks them to give or do something for the writer.
 */
function wouldConsider(doc: Doc, at: number, question: boolean): number | undefined {
  if (!question) return undefined;
  if (NOT_ASKED_OF_THEM.has(inSentence(doc, at, 1))) return undefined;
  for (let offset = -1; offset >= -CONSIDER_REACH; offset--) {
    const word = inSentence(doc, at, offset);
    if (!word || NOT_ASKED_OF_THEM.has(word)) return undefined;
    if (ASKING_MODALS.has(word)) return inSentence(doc, at, 1) ? at + 1 : undefined;
  }
  return undefined;
}

const VISITING_VERBS = wordSet('swing drop stop pop come');
const VISITING_PARTICLES = wordSet('by over round around');
/** "can I swing by", "I could drop by": the writer asks or offers to come ("I'll stop by your talk" only says they will be there). */
const WRITER_VISITS = wordSet('i we');
const VISIT_MODALS = wordSet('can could may');
const VISIT_REACH = 3;

/**
 * "Can I swing by Tuesday at 4?", "I can drop by Thursday and price it up": the writer proposes to
 * turn up. "If you're ever in Leeds, drop by" offers the reader a visit and is not found (the reader
 * is the one who comes).
 */
function visitProposed(doc: Doc, at: number): number | undefined {
  if (!VISITING_PARTICLES.has(inSentence(doc, at, 1))) return undefined;
  for (let offset = -1; offset >= -VISIT_REACH; offset--) {
    const word = inSentence(doc, at, offset);
    if (!word || word === 'you' || word === 'if') return undefined;
    if (!WRITER_VISITS.has(word)) continue;
    const before = inSentence(doc, at, offset - 1);
    const after = inSentence(doc, at, offset + 1);
    return VISIT_MODALS.has(before) || VISIT_MODALS.has(after) ? at + 1 : undefined;
  }
  return undefined;
}

interface SoftShape {
  phrase: Phrase;
  /** The words a match can start with: only those words are tried (the coach runs on every keystroke). */
  on: Iterable<string>;
  find: Shape;
}

const SHAPES: readonly SoftShape[] = [
  {
    phrase: { phrase: 'worth / fancy a … ?' }, // a next step proposed as a question
    on: PROPOSING,
    find: proposed,
  },
  {
    phrase: { phrase: 'would you be up for …' }, // a favour or a meeting
    on: wordList('be you u'),
    find: upFor,
  },
  {
    phrase: { phrase: 'can I save you / pencil you …' }, // the reader booked into my thing
    on: WRITER_ACTS,
    find: booksThem,
  },
  {
    phrase: { phrase: 'grab / save your seat' }, // the reader booked into my thing
    on: TAKING_VERBS,
    find: takeYourPlace,
  },
  {
    phrase: { phrase: 'can I send the deck / one-pager …' }, // sales material
    on: WRITER_ACTS,
    find: sendsMaterial,
  },
  {
    phrase: { phrase: 'can I share something …?' }, // their attention
    on: WRITER_ACTS,
    find: something,
  },
  { phrase: { phrase: 'reply YES' }, on: REPLY_VERBS, find: replyKeyword }, // a keyword to send back
  {
    phrase: { phrase: 'would it be mad to …' }, // a meeting behind a disclaimer
    on: ['would'],
    find: disclaimed,
  },
  { phrase: FREE_TO, on: READY, find: freeTo },
  { phrase: { phrase: 'would mean the world' }, on: WOULD, find: meansTheWorld }, // a favour
  { phrase: { phrase: "it'd be huge if you …" }, on: WOULD, find: wouldBeHugeIf }, // a favour
  { phrase: { phrase: 'would go a long way' }, on: WOULD, find: goesALongWay }, // a favour
  {
    phrase: { phrase: 'refer / vouch for me' }, // their reputation
    on: VOUCHING_VERBS,
    find: vouchForMe,
  },
  {
    phrase: { phrase: 'who … looks after / handles …?' }, // the buyer, asked for
    on: WHO,
    find: gatekeeper,
  },
  {
    phrase: { phrase: 'if you share feedback / a review' }, // a review in exchange
    on: ['if'],
    find: inExchange,
  },
  { phrase: { phrase: 'is … hiring?' }, on: wordList('is are'), find: isHiring }, // a job
  { phrase: { phrase: 'join my team' }, on: ['join'], find: joinMyTeam }, // a recruiting hook
  {
    phrase: { phrase: 'have you ever thought about …?' }, // an opportunity hook
    on: ['have'],
    find: everThought,
  },
  { phrase: WE_MEET, on: WE_PROPOSE, find: weMeet },
  {
    phrase: { phrase: 'would … consider …?' }, // a favour
    on: ['consider'],
    find: wouldConsider,
  },
  { phrase: VISIT, on: VISITING_VERBS, find: visitProposed },
  { phrase: BOOK_MEETING, on: wordList('book schedule'), find: booksMeeting },
];

const SHAPES_BY_WORD = new Map<string, SoftShape[]>();
for (const shape of SHAPES)
  for (const word of shape.on) SHAPES_BY_WORD.set(word, [...(SHAPES_BY_WORD.get(word) ?? []), shape]);
const SHAPE_WORDS: ReadonlySet<string> = new Set(SHAPES_BY_WORD.keys());
const NUMBER_SHAPES: readonly SoftShape[] = [{ phrase: TIME_ASK, on: [], find: timeAsked }];
