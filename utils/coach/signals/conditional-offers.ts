import { WRITER_WORDS } from '../phrases/pronouns';
import { PITCH_MATERIAL, SENDING_VERBS } from '../phrases/soft-asks';
import { BAIT_NOUNS } from '../phrases/vendor-voice';
import type { Range } from '../schema';
import { startsWithDigit } from '../text/digits';
import { memoKey, type Doc } from '../text/doc';
import { wordsIn } from '../text/word-index';
import { offersValue } from './phrase-sets';
import { findPitches } from './pitches';
import { HELP, needAfter, wantsMeTo } from './their-need';
import { wordSet } from '../text/word-set';
import { sentenceHolds } from '../text/sentence-has';

/** What says the writer gives, not sells: free, unpaid, lent, brought, shared, gladly. */
const GIVING = wordSet('free unpaid gladly happy glad lend bring share pass drop show cover yours');

const findConditionalOffersKey = memoKey();

/**
 * Offers made on the reader's terms: "if you need cover while you're off, I'm about and happy to do a
 * few unpaid", "I have a projector I don't use, if you need it for the meetups I can bring it, for
 * free", "free to a good home if your apprentice needs one": something of the writer's, offered on
 * the reader's need. Not in a note that sells, nor beside a price: "if you need an electrician, our
 * rates start at £40" is a pitch. Also the writer's hands promised free (freeFavours).
 */
export function findConditionalOffers(doc: Doc): Range[] {
  return doc.cached(findConditionalOffersKey, findConditionalOffersAfresh);
}

function findConditionalOffersAfresh(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  const listed = new Set(offersValue.find(doc).map((match) => words[match.firstAt]?.sentence));
  for (const at of wordsIn(doc, 'if')) {
    const need = needAfter(doc, at);
    if (need < 0) continue;
    const sentence = doc.sentences[words[at]!.sentence];
    // "If you ever want help reading a spec, ping me": the listed offer already says it.
    if (!sentence || listed.has(words[at]!.sentence)) continue;
    // "if you need a hand", "if u ever need an extra hand"
    let giving =
      wantsMeTo(doc, need) ||
      [1, 2, 3, 4].some((ahead) => HELP.has(words[need + ahead]?.folded ?? '') && words[need + ahead]!.sentence === words[need]!.sentence);
    // The writer's word, or the thing handed over without one ("it's yours", "free to a good home").
    // "holler if u ever need an extra hand": help offered needs no "I".
    let giver = giving;
    let priced = false;
    for (let index = sentence.firstWord; index < sentence.endWord; index++) {
      const text = words[index]!.folded;
      if (WRITER_WORDS.has(text) || text === 'free' || text === 'yours') giver = true;
      if (GIVING.has(text)) giving = true;
      if (startsWithDigit(text)) priced = true;
    }
    // "Your school can have all of them for free. Send me the address if you want them.": the
    // thing handed over in the sentence before, its condition in this one.
    giving ||= wantsTheThing(doc, need) && sentenceHolds(doc, words[at]!.sentence - 1, HANDED_FREE);
    if (priced || !giving || !giver) continue;
    if (findPitches(doc).length > 0) return [];
    found.push([sentence.startAt, words[sentence.endWord - 1]!.endAt]);
  }
  for (const range of [...freeFavours(doc), ...sendingOffered(doc), ...offerThenContact(doc), ...replyAndISend(doc), ...callAndITell(doc)])
    if (!found.some((other) => other[0] === range[0])) found.push(range);
  return found;
}

/** Words that hand a thing over free, looked for in the sentence before an offer's condition. */
const HANDED_FREE = wordSet('free yours');

const WANTING = wordSet('want like');
const THE_THING = wordSet('it them one any some');

/** "if you want them": the condition is the thing itself, not a need the writer could be hired for. */
function wantsTheThing(doc: Doc, need: number): boolean {
  return WANTING.has(doc.words[need]!.folded) && THE_THING.has(doc.words[need + 1]?.folded ?? '');
}

const PROMISES = wordSet("i'll we'll");
/** The words a promise opens with: PROMISES, or "i" / "we" before one of CAN. */
const PROMISE_OPENERS = new Set([...PROMISES, 'i', 'we']);
const CAN = wordSet('can could will');
const FREE_REACH = 6;
const TRIAL_WORDS = wordSet('first month months weeks trial introductory launch new');

/**
 * "I'll pop by free and clip it if it bugs you": the writer's own hands promised free, in a note that
 * sells nothing and names no price ("I'll do your first audit free" sells, and is found as bait).
 */
function freeFavours(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (const at of wordsIn(doc, PROMISE_OPENERS)) {
    const text = words[at]!.folded;
    const promise = PROMISES.has(text) || ((text === 'i' || text === 'we') && CAN.has(words[at + 1]?.folded ?? ''));
    if (!promise) continue;
    const sentence = doc.sentences[words[at]!.sentence];
    if (!sentence) continue;
    let free = -1;
    for (let next = at + 1; next <= at + FREE_REACH && next < sentence.endWord; next++)
      if (words[next]!.folded === 'free' && words[next + 1]?.folded !== 'to') free = next;
    if (free < 0) continue;
    // "I'll do your first audit free", "we'll install it free for the first month": bait or a trial.
    if (words.slice(sentence.firstWord, sentence.endWord).some((word) => startsWithDigit(word.folded) || BAIT_NOUNS.has(word.folded) || TRIAL_WORDS.has(word.folded)))
      continue;
    if (findPitches(doc).length > 0) return [];
    found.push([words[at]!.startAt, words[free]!.endAt]);
  }
  return found;
}

const MATERIAL_REACH = 4;

/**
 * "Would you like me to send the Excel version?", "want me to forward it?": the writer offers to hand
 * something over, and the reader chooses. Not the seller's material ("want me to send the deck?"),
 * nor in a note that sells.
 */
function sendingOffered(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (const at of wordsIn(doc, 'me')) {
    if (at < 1 || at >= words.length - 2) continue;
    if (words[at + 1]!.folded !== 'to' || !SENDING_VERBS.has(words[at + 2]!.folded)) continue;
    const wish = words[at - 1]!.folded;
    if ((wish !== 'like' && wish !== 'want') || words[at - 1]!.sentence !== words[at + 2]!.sentence) continue;
    const sentence = doc.sentences[words[at]!.sentence];
    if (!sentence) continue;
    const end = Math.min(sentence.endWord, at + 3 + MATERIAL_REACH);
    if (words.slice(at + 3, end).some((word) => PITCH_MATERIAL.has(word.folded))) continue;
    if (findPitches(doc).length > 0) return [];
    found.push([words[at - 1]!.startAt, words[at + 2]!.endAt]);
  }
  return found;
}

/** An offer asked as a bare question: "Want their names?", "Wanna borrow it?". */
const OFFER_OPENERS = wordSet('want wanna');
/** How the reader takes it up: "DM me", "text me", "call me". */
const CONTACT_VERBS = wordSet('dm text call message email ping holler whatsapp msg');

/**
 * "Two kids from my class would be good on deck. Want their names? DM me.": the contact line is how
 * the reader takes up what the question offers. Not bait or the seller's material ("Want a free
 * audit? DM me", "DM me GLOW"), not beside a price, nor in a note that sells.
 */
function offerThenContact(doc: Doc): Range[] {
  const { words, sentences } = doc;
  const found: Range[] = [];
  sentences.forEach((offer, index) => {
    const contact = sentences[index + 1];
    if (!offer.question || !contact || !OFFER_OPENERS.has(words[offer.firstWord]?.folded ?? '')) return;
    if (!CONTACT_VERBS.has(words[contact.firstWord]?.folded ?? '') || words[contact.firstWord + 1]?.folded !== 'me') return;
    // "DM me GLOW": a keyword to claim it is a funnel's; a number to reach the writer is not.
    const after = words[contact.firstWord + 2];
    if (after && after.sentence === words[contact.firstWord]!.sentence && !startsWithDigit(after.folded)) return;
    for (let at = offer.firstWord; at < offer.endWord; at++) {
      const text = words[at]!.folded;
      if (BAIT_NOUNS.has(text) || PITCH_MATERIAL.has(text) || startsWithDigit(text)) return;
    }
    if (findPitches(doc).length > 0) return;
    found.push([offer.startAt, words[contact.firstWord + 1]!.endAt]);
  });
  return found;
}

const HANDING_OVER = wordSet('send share forward email add pass drop hold save reserve do');
const FUNNEL_STEPS = new Set([...PITCH_MATERIAL, 'details', 'info', 'link', 'offer', 'application', 'form', 'forms', 'pack']);

/** Whether "and I'll send" follows the word at `at` within a word or two: the writer's hand-over. */
export function handOverAfter(doc: Doc, at: number): number {
  const { words } = doc;
  for (let and = at + 1; and <= at + 2 && words[and]?.sentence === words[at]!.sentence; and++) {
    // "… and I'll send", or "… so I can hold it for you".
    const verb =
      words[and]!.folded === 'and' && words[and + 1]?.folded === "i'll"
        ? and + 2
        : words[and]!.folded === 'so' && words[and + 1]?.folded === 'i' && words[and + 2]?.folded === 'can'
          ? and + 3
          : -1;
    if (verb > 0 && HANDING_OVER.has(words[verb]?.folded ?? ''))
      // "Reply YES and I'll send the details": a funnel's next step, not a thing handed over.
      return [verb + 1, verb + 2, verb + 3].some((next) => FUNNEL_STEPS.has(words[next]?.folded ?? '')) ? -1 : verb;
  }
  return -1;
}

const CALLING = wordSet('call cell text ring');
const TOLD = wordSet('what where how everything');

/**
 * "Give me a call on 16 or my cell … and I'll tell you what I seen": the call is how they hear what
 * the writer knows, in a note that sells nothing ("… and I'll tell you more" is a hook, not this).
 */
function callAndITell(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (const at of wordsIn(doc, CALLING)) {
    const sentence = words[at]!.sentence;
    for (let and = at + 1; words[and]?.sentence === sentence; and++) {
      if (words[and]!.folded !== 'and' || words[and + 1]?.folded !== "i'll" || words[and + 2]?.folded !== 'tell') continue;
      if (words[and + 3]?.folded !== 'you' || !TOLD.has(words[and + 4]?.folded ?? '')) continue;
      if (findPitches(doc).length > 0) return [];
      found.push([doc.sentences[sentence]!.startAt, words[and + 4]!.endAt]);
      break;
    }
  }
  return found;
}

/** "Just reply yes and I'll send the checklist": the reply is how they take what is offered, in a note that sells nothing. */
function replyAndISend(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (const at of wordsIn(doc, 'reply')) {
    const verb = handOverAfter(doc, at);
    if (verb < 0) continue;
    if (findPitches(doc).length > 0) return [];
    // "Just reply yes and I'll send": the whole sentence is how they take it.
    found.push([doc.sentences[words[at]!.sentence]!.startAt, words[verb]!.endAt]);
  }
  return found;
}
