import {
  AUDIENCE_NOUNS,
  BAIT_NOUNS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  FEW_TAKERS,
  NOT_BAIT_BEFORE,
  OPEN_DOORS,
  PRICE_WORDS,
  RESULT_NOUNS,
  SALES_DOCUMENTS,
  SENDING_VERBS,
  CUSTOMER_NOUNS,
  SLOT_NOUNS,
  STILL_OPEN,
} from '../phrases/vendor-voice';
import { PEOPLE_OF_MINE, WRITER_POSSESSIVES, WRITER_WORDS } from '../phrases/pronouns';
import { WORK_NOUNS } from '../phrases/their-work';
import { isCapitalised } from '../text/case';
import { startsWithDigit } from '../text/digits';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import type { Word } from '../text/segment';
import { figuresAndWordsIn } from '../text/word-index';
import { creditsReader } from './credit';
import { answerCues, freeOfCharge, linkGiveCues, noSale, salesPitch } from './phrase-sets';
import { NOTHING_SOLD } from '../phrases/sales-pitch';
import { findVendorClaims } from './vendor-claims';
import { isPastTense } from './tense';
import { wordReach } from './word-reach';
import { peerJobLead } from './peer-lead';
import { JOB_NOUNS } from './job-search';
import { wordSet } from '../text/word-set';
import { sentenceHas } from '../text/sentence-has';
import { NO_OR_WITHOUT, VERB_DENIALS } from '../phrases/negation';
import { precededBy } from './negation';

const SHAPE = { phrase: 'a price, a figure sold, bait or a slot on offer' }; // commerce shape

/** Words between a figure and its noun ("20+ quote requests"), a slot and "left", a verb and its document. */
const NOUN_REACH = 2;
const OPEN_REACH = 4;
const DOCUMENT_REACH = 4;
const BIG_FIGURE = 1000;

/** The reader, and the writer's voice: a count is sold only in the writer's own sentence. */
const SECOND_PERSON = wordSet("you your you're you've yours");
const FIRST_PERSON = wordSet("i i'm i've my we we're we've our us");

const findCommerceShapesKey = memoKey();

/**
 * Selling by its shape rather than a listed phrase: an amount with a price beside it ("band
 * $210–245k", "a $50 gift card for your time"); a count of results or of an audience in the
 * writer's own sentence ("we get roofers 20+ quote requests", "I host a podcast (40k listeners)");
 * something offered free as bait ("a FREE 3-day masterclass"); slots still open ("a few guest slots
 * left"); and a sales document sent over ("happy to send the deck").
 */
export function findCommerceShapes(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findCommerceShapesKey, findCommerceShapesAfresh);
}

function findCommerceShapesAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  const { findAfter: within, matchOf } = wordReach(doc);
  const add = (first: number, last: number) => {
    const match = matchOf(SHAPE, first, last);
    if (match && !freeSlotsTold(doc, match)) found.push(match);
  };

  const openDoors: PhraseMatch[] = [];
  const freebies: PhraseMatch[] = [];
  // A figure opens with a digit; any other word acts only if it is one of MAY_SHAPE.
  const visit = (word: Word, at: number) => {
    if (isFigure(word.folded)) {
      if (
        isMoney(doc, at) &&
        !theirs(doc, at) &&
        !answersThem(doc, at) &&
        !toldByThem(doc, at) &&
        !someoneElsesPrice(doc, at) &&
        !someoneElsesOpening(doc, at) &&
        !wageOfAnotherOpening(doc, at) &&
        !paidToThem(doc, at) &&
        !savedForMe(doc, at) &&
        !changeTold(doc, at) &&
        // "your referral bonus, ₱10,000, should reflect on the 30th": money settled, told to them.
        !sentenceHas(doc, at, SETTLED) &&
        !GIFTS.has(words[at - 2]?.folded ?? '') &&
        !BOUNDS.has(words[at - 1]?.folded ?? '') &&
        // "venue costs were ~€400/night and nearly killed us", "raised $212 toward fuel": money told in a story.
        !TOLD_BEFORE.has(words[at - 1]?.folded ?? '') &&
        // "only €45": an amount made small is a price.
        (sentenceHas(doc, at, PRICE_WORDS) ||
          CHEAP.has(words[at - 1]?.folded ?? '') ||
          // "packages from $150", "rooms from €89": where the prices start.
          words[at - 1]?.folded === 'from' ||
          pricedMadeByMe(doc, at) ||
          sellingMine(doc, at) ||
          ourThingPriced(doc, at) ||
          priceList(doc))
      )
        return add(at, at);
      // "free for only 5 companies": scarcity, the oldest close.
      if (CHEAP.has(words[at - 1]?.folded ?? '') && writersOwnCount(doc, at)) {
        const few = within(at, NOUN_REACH, FEW_TAKERS);
        if (few >= 0) return add(at - 1, few);
      }
      // "30% off until Sunday": a discount.
      if (doc.text[word.endAt] === '%' && words[at + 1]?.folded === 'off') return add(at, at + 1);
      if (writersOwnCount(doc, at) && !creditsReader(doc, at) && !savedForMe(doc, at)) {
        const noun = within(at, NOUN_REACH, RESULT_NOUNS);
        // "they're hiring 2 shift leads": people to hire, not a seller's results.
        if (noun >= 0 && !hiringBefore(doc, at)) return add(at, noun);
        const audience = isBig(doc, at) ? within(at, NOUN_REACH, AUDIENCE_NOUNS) : -1;
        if (audience >= 0) return add(at, audience);
      }
    }
    if (word.folded === 'free') {
      const crew = crewFreeSoon(doc, at);
      if (crew >= 0) return add(crew, at + 1);
    }
    if (
      FREE.has(word.folded) &&
      !NOT_BAIT_BEFORE.has(words[at - 1]?.folded ?? '') &&
      !someoneElsesFreebie(doc, at)
    ) {
      const found = within(at, FREE_BAIT_REACH, BAIT_NOUNS);
      // "free counselling, walk-ins on Tuesdays": "walk" is part of "walk-ins", not a walkthrough.
      // "a free 20-minute safety walk-through" is one.
      // "a free Steam key, no review or feedback needed": a bait word denied is none.
      const denied = found >= 0 && precededBy(doc, found, 1, NO_OR_WITHOUT);
      const bait = denied || (words[found]?.hyphenNext && words[found + 1]?.folded !== 'through') ? -1 : found;
      const product = words.slice(at + 1, bait).some((between) => PRODUCT_STAGES.has(between.folded));
      if (bait >= 0 && OPEN_DOORS.has(words[bait]?.folded ?? '') && !product) {
        const match = matchOf(SHAPE, at, bait);
        if (match) openDoors.push(match);
        return undefined;
      }
      if (bait >= 0) {
        const match = matchOf(SHAPE, at, bait);
        if (match) freebies.push(match);
        return undefined;
      }
    }
    if (SLOT_NOUNS.has(word.folded)) {
      const open = within(at, OPEN_REACH, STILL_OPEN);
      // "coffee spots and the free jazz night": "the free" names a thing, not a slot still free. "You
      // said there were only 4 spots left": their words, recalled. "If any spots open on the
      // cancellation list": a place hoped for, not sold.
      if (open >= 0 && words[at - 1]?.folded !== 'any' && !NOT_BAIT_BEFORE.has(words[open - 1]?.folded ?? '') && !toldByThem(doc, at))
        return add(at, open);
    }
    if (SENDING_VERBS.has(word.folded)) {
      // "the deck from my talk, if it helps" is a give.
      const document = within(at, DOCUMENT_REACH, SALES_DOCUMENTS);
      if (
        document >= 0 &&
        !SECOND_PERSON.has(words[document - 1]?.folded ?? '') &&
        words[document + 1]?.folded !== 'from' &&
        !offeredIfUseful(doc, at)
      )
        return add(at, document);
    }
    return undefined;
  };
  for (const at of figuresAndWordsIn(doc, MAY_SHAPE)) visit(words[at]!, at);
  // "a free workshop on fatigue rights, no membership needed" gives; beside a price, a listed pitch
  // or a company's claims it is the way in.
  const selling =
    found.length > 0 ||
    salesPitch.find(doc).some((match) => !freeSlotsTold(doc, match)) ||
    findVendorClaims(doc).length > 0;
  // "a free resume review for vets … nothing to buy, no upsell": a freebie is bait unless the note
  // says outright it sells nothing, and nothing else in it does.
  const given = !selling && noSale.find(doc).length > 0;
  if (given) return found;
  return [...found, ...freebies, ...(selling ? openDoors : [])].sort((a, b) => a.firstAt - b.firstAt);
}

const DAYS = wordSet('saturdays weekends dates');
const I_HAVE = wordSet("have i've got");
const DAYS_REACH = 3;

/**
 * "I have two Saturdays open in March and a pickup truck": my own days, which a seller offers too
 * ("I've got a few Saturdays left"). Alone in a note they are said gently; beside a price they sell.
 */
function myOwnDays(doc: Doc, at: number): boolean {
  const { words } = doc;
  if (!DAYS.has(words[at]!.folded)) return false;
  for (let back = at - 1; back >= Math.max(0, at - DAYS_REACH); back--) {
    if (words[back]!.sentence !== words[at]!.sentence) return false;
    if (I_HAVE.has(words[back]!.folded)) return words[back - 1]?.folded === 'i' || words[back]!.folded === "i've";
  }
  return false;
}

const FILLING = wordSet('filling limited places seats');

/**
 * "6 spots left this week, no cost, no catch": places in a free thing, counted in the same breath
 * as the writer says nothing is sold, or anywhere in a note that says the writer gains nothing ("Only
 * 10 seats left. I don't get anything from it"). Scarcity sells only where something is for sale.
 */
export function freeSlotsTold(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]!.sentence;
  return (
    countsPlaces(doc, match) &&
    noSale
      .find(doc)
      .some((cue) => doc.words[cue.firstAt]!.sentence === sentence || NOTHING_SOLD.has(cue.phrase.phrase))
  );
}

function countsPlaces(doc: Doc, match: PhraseMatch): boolean {
  for (let at = match.firstAt; at <= match.lastAt; at++)
    if (SLOT_NOUNS.has(doc.words[at]!.folded) || FILLING.has(doc.words[at]!.folded)) return true;
  return false;
}

/**
 * "I do a free sunrise photo walk every Sunday … 4 spots left this week": places counted in a free
 * thing, and nothing else in the note sells. A funnel says it too, so it is said gently, not as a sale.
 * Likewise my own days open and nothing else that sells.
 */
export function onlyPlacesInAFreeThing(doc: Doc, pitches: readonly PhraseMatch[]): boolean {
  if (pitches.length > 0 && pitches.every((match) => myOwnDays(doc, match.firstAt))) return true;
  return (
    pitches.length > 0 &&
    pitches.every((match) => countsPlaces(doc, match)) &&
    saysFree(doc) &&
    // "then our programme opens at $499": any money in the note is what the places lead to.
    !doc.words.some((word, at) => isFigure(word.folded) && isMoney(doc, at))
  );
}

const PRICE_LIST_LENGTH = 3;

const priceListKey = memoKey();

/**
 * "HDR photos — $175 / Drone aerials — +$95 / 3D tour — $225": three amounts or more, none told in the
 * past ("it cost $40, then $300"), are a price list whatever words sit beside them. Read once a note:
 * it is asked at every amount.
 */
function priceList(doc: Doc): boolean {
  return doc.cached(priceListKey, priceListAfresh);
}

function priceListAfresh(doc: Doc): boolean {
  const toldInThePast = new Set<number>();
  for (const word of doc.words) if (isPastTense(word.folded)) toldInThePast.add(word.sentence);
  let amounts = 0;
  for (let at = 0; at < doc.words.length; at++) {
    if (!isFigure(doc.words[at]!.folded) || !isMoney(doc, at)) continue;
    if (toldInThePast.has(doc.words[at]!.sentence)) return false;
    amounts++;
  }
  return amounts >= PRICE_LIST_LENGTH;
}

/** "free" said of a thing, not "feel free to share". */
export function saysFree(doc: Doc): boolean {
  return doc.words.some((word, at) => FREE.has(word.folded) && !NOT_FREE_OF_CHARGE.has(doc.words[at - 1]?.folded ?? ''));
}
/** "feel free", and their time asked: "are you free Thursday?", "if you're free". */
const NOT_FREE_OF_CHARGE = wordSet("feel you you're youre");

/** The note says what it offers costs nothing: "free", "no cost", "nothing to buy". */
export function saysItCostsNothing(doc: Doc): boolean {
  return freeOfCharge.find(doc).length > 0 || noSale.find(doc).length > 0 || saysFree(doc);
}

/** Hands a trade sells by the day: "a couple of guys free next month", "two vans, both free from April". */
const CREW = wordSet('guys lads crew vans fitters installers hands techs technicians');
const SOON = wordSet('next from this after in mid early late');
const CREW_REACH = 3;
/** "My lads are free this Saturday to help with the garden clean-up, no charge": time given, not sold. */
const GIVEN_TIME = wordSet('charge volunteer volunteering unpaid donate favour favor gratis');

/** Where the crew is named, when "free" offers its time in the writer's own sentence (not asked of them). */
function crewFreeSoon(doc: Doc, at: number): number {
  const { words } = doc;
  const sentence = words[at]!.sentence;
  const span = doc.sentences[sentence];
  if (!span || span.question || !SOON.has(words[at + 1]?.folded ?? '')) return -1;
  for (let after = at + 2; after < span.endWord; after++) if (GIVEN_TIME.has(words[after]!.folded)) return -1;
  for (let back = at - 1; back >= at - CREW_REACH && words[back]?.sentence === sentence; back--)
    if (CREW.has(words[back]!.folded)) return back;
  return -1;
}

// "even 10$ help the printing": a little asked for is a price too.
const CHEAP = wordSet('only just even flat');
/** What a writer makes to sell, with its price before it: "a $19 guide", "my £49 course". */
const PRICED_THINGS = wordSet(
  'guide course ebook book template templates workbook toolkit masterclass class session sessions program ' +
  'programme package app plan kit bundle audit consultation',
);
const WRITER_MADE = wordSet(
  'wrote made created built launched published designed developed released put run offer sell',
);
const MADE_REACH = 4;

const SHOPS = wordSet('site website shop store');

/**
 * "Selling my old bike, $300", "It is 18$ on my site": a thing of the writer's for sale, in the
 * figure's sentence ("your stall selling poppies raised £400" is theirs).
 */
function sellingMine(doc: Doc, at: number): boolean {
  const span = doc.sentences[doc.words[at]!.sentence];
  if (!span) return false;
  for (let word = span.firstWord; word < span.endWord; word++) {
    const text = doc.words[word]!.folded;
    const mine = WRITER_POSSESSIVES.has(doc.words[word + 1]?.folded ?? '');
    if (mine && (text === 'selling' || (text === 'on' && SHOPS.has(doc.words[word + 2]?.folded ?? '')))) return true;
  }
  return false;
}

const PRICE_VERBS = wordSet("is costs it's");
const THING_REACH = 3;

/** "Our growth course is $99", "my guide costs £15": a thing of the writer's, its price said. */
function ourThingPriced(doc: Doc, at: number): boolean {
  const { words } = doc;
  if (!PRICE_VERBS.has(words[at - 1]?.folded ?? '')) return false;
  for (
    let thing = at - 2;
    thing >= at - 1 - THING_REACH && words[thing]?.sentence === words[at]!.sentence;
    thing--
  )
    if (PRICED_THINGS.has(words[thing]!.folded)) {
      // "my Forex Mastery course is ₦75,000": the thing's name, capitalised, between.
      const mine = (before: number) => WRITER_POSSESSIVES.has(words[before]?.folded ?? '');
      let named = thing - 1;
      while (named > thing - 4 && !mine(named) && isCapitalised(words[named]?.raw ?? '')) named--;
      return mine(named) || mine(thing - 2);
    }
  return false;
}

/** "I wrote a $19 guide for vets": the writer's own product, its price named. "I bought a $19 guide" is not. */
function pricedMadeByMe(doc: Doc, at: number): boolean {
  const { words } = doc;
  if (!PRICED_THINGS.has(words[at + 1]?.folded ?? '') || words[at + 1]!.sentence !== words[at]!.sentence)
    return false;
  for (
    let back = at - 1;
    back >= Math.max(1, at - MADE_REACH) && words[back]!.sentence === words[at]!.sentence;
    back--
  )
    if (WRITER_MADE.has(words[back]!.folded) && FIRST_PERSON.has(words[back - 1]?.folded ?? '')) return true;
  return false;
}
const TOLD_BEFORE = wordSet('was were paid spent cost raised donated');
/** Money that has gone, or is going, to someone: a payment told, not a price asked. */
const SETTLED = wordSet('credited reimbursed refunded reflect reflects deposited transferred processed arrive arrives');
/** Words are matched one at a time, so "no-cost" (two words) is not here. */
const FREE = wordSet('free complimentary');
/** "a free 20-minute safety walk-through": a duration and a kind may stand between. */
const FREE_BAIT_REACH = 5;
const MAY_SHAPE: ReadonlySet<string> = new Set([...FREE, ...SLOT_NOUNS, ...SENDING_VERBS]);
/** A third party's verb ("the Vet Center has", "the library runs"); "happy to run a free analysis" is mine. */
const OFFERING_VERBS = wordSet('has offers runs gives provides hosts does');
const GIVER_REACH = 6;

/**
 * "the Vet Center on Wake Forest Rd has free counselling": a place that is not the writer's gives
 * it, and the writer only passes the word on. "We have free spots" and "our clinic offers free
 * checks" are the writer's bait.
 */
function someoneElsesFreebie(doc: Doc, at: number): boolean {
  const { words } = doc;
  for (let back = at - 1; back >= Math.max(0, at - GIVER_REACH); back--) {
    const word = words[back];
    if (!word || word.sentence !== words[at]?.sentence) return false;
    if (FIRST_PERSON.has(word.folded) || SECOND_PERSON.has(word.folded)) return false;
    if (!OFFERING_VERBS.has(word.folded)) continue;
    const subject = words[back - 1];
    if (!subject || subject.sentence !== word.sentence || subject.folded === 'it') return false;
    // "our clinic offers free checks": the giver is the writer's.
    for (let owner = back - 1; owner >= 0 && words[owner]!.sentence === word.sentence; owner--)
      if (WRITER_WORDS.has(words[owner]!.folded) || SECOND_PERSON.has(words[owner]!.folded)) return false;
    return true;
  }
  return false;
}
/** "free beta access", "free early access": access to a product, always the way in. */
const PRODUCT_STAGES = wordSet('beta early premium pro vip trial');

/** "fixed fees for renos under $500k": the amount bounds the kind of work talked about; it prices nothing. */
const BOUNDS = wordSet('under over above below');

/** "950", "12k", "3k", "2,500", "1.5m": a word that is a number, with a thousands or millions suffix at most. */
function isFigure(text: string): boolean {
  const body = text.endsWith('k') || text.endsWith('m') ? text.slice(0, -1) : text;
  if (body.length === 0) return false;
  for (const char of body) if ((char < '0' || char > '9') && char !== ',' && char !== '.') return false;
  return startsWithDigit(body);
}

function isMoney(doc: Doc, at: number): boolean {
  const word = doc.words[at];
  // "Price is $0, really": nothing to pay.
  if (!word || +word.folded === 0) return false;
  // "$18" and "18$", "€300" and "300 €": many languages write the sign after the amount.
  return (
    CURRENCY_SIGNS.has(doc.text[word.startAt - 1] ?? '') ||
    CURRENCY_SIGNS.has(doc.text[word.startAt - 2] ?? '') ||
    CURRENCY_SIGNS.has(doc.text[word.endAt] ?? '') ||
    (doc.text[word.endAt] === ' ' && CURRENCY_SIGNS.has(doc.text[word.endAt + 1] ?? '')) ||
    currencyWordBeside(doc, at)
  );
}

/** "180 USD", "USD 180", "60 dollars": the word touches the amount in the same sentence. */
function currencyWordBeside(doc: Doc, at: number): boolean {
  const sentence = doc.words[at]!.sentence;
  return [doc.words[at - 1], doc.words[at + 1]].some((word) => word?.sentence === sentence && CURRENCY_WORDS.has(word.folded));
}

/** A thousand or more: "12k", "3k+", "18,000", "1.5m". */
function isBig(doc: Doc, at: number): boolean {
  const word = doc.words[at];
  if (!word) return false;
  const text = word.folded;
  if (text.endsWith('k') || text.endsWith('m') || doc.text[word.endAt] === '+') return true;
  return Number(text.split(',').join('')) >= BIG_FIGURE;
}

/** "your $20 gift to the food bank", "their £2k grant": their money, not a price. */
function theirs(doc: Doc, at: number): boolean {
  return (
    [1, 2].some((back) => {
      const word = doc.words[at - back];
      return word?.sentence === doc.words[at]?.sentence && (word?.folded === 'your' || word?.folded === 'their');
    }) || inTheirWork(doc, at)
  );
}

/** "your post comparing the $0.14 vs $11 per-dose cost": a figure from their work, quoted before the writer says anything of theirs. */
function inTheirWork(doc: Doc, at: number): boolean {
  const { words } = doc;
  for (let back = at - 1; back >= 0 && words[back]!.sentence === words[at]!.sentence; back--) {
    if (FIRST_PERSON.has(words[back]!.folded)) return false;
    if (words[back]!.folded === 'your' && WORK_NOUNS.has(words[back + 1]?.folded ?? '')) return true;
  }
  return false;
}

/** Who else sets a price the writer only reports: "they charge $45–90", "if someone quotes you $200". */
const OTHER_PRICERS = wordSet(
  'they she he her his someone anyone anything most others brokers firms shops vendors contractors prices',
);
/** "I don't sell this, but …", "we're not bidding it": the writer says the price is not theirs. */
const PAID = wordSet('cost was');
const NOT_SELLING = wordSet('sell selling bidding bid quoting');

/**
 * A market price told to help them compare, not the writer's offer: someone else prices it in the
 * sentence before the figure, or the note says outright the writer is not selling it.
 */
function someoneElsesPrice(doc: Doc, at: number): boolean {
  const { words } = doc;
  const sentence = words[at]?.sentence;
  for (let back = at - 1; back >= 0 && words[back]!.sentence === sentence; back--) {
    if (OTHER_PRICERS.has(words[back]!.folded)) return true;
    // "it cost only $80 the night", "it was $12": a price paid, told; "it costs only $45" sells.
    if (words[back]!.folded === 'it' && PAID.has(words[back + 1]?.folded ?? '')) return true;
    // "The one in Oaxaca charges around 450 MXN": a third party's rate; "our shop charges" is ours.
    if (words[back]!.folded === 'charges' && !precededBy(doc, back, 3, FIRST_PERSON)) return true;
  }
  // "The voucher is $369 retail, but the VA covers it": someone else pays it; "our plan covers it" sells.
  for (let next = at + 1; words[next]?.sentence === sentence; next++)
    if (COVERS.has(words[next]!.folded + ' ' + words[next + 1]?.folded) && !precededBy(doc, next, 3, FIRST_PERSON)) return true;
  if (paidForThemAfter(doc, sentence ?? -1)) return true;
  // "I don't sell this", "we're not bidding it"; "we're bidding on it" sells. "No affiliation, just a
  // tip!": the seller is someone the writer is not.
  return words.some(
    (word, index) =>
      (NOT_SELLING.has(word.folded) && [1, 2].some((back) => VERB_DENIALS.has(words[index - back]?.folded ?? ''))) ||
      (word.folded === 'affiliation' && words[index - 1]?.folded === 'no') ||
      (word.folded === 'affiliated' && VERB_DENIALS.has(words[index - 1]?.folded ?? '')),
  );
}
const COVERS = new Set(['covers it', 'covers them', 'covered by']);

/** "it's covered", "that's sorted", "it is already paid for": the price just named, no longer theirs to pay. */
const PRICE_REFERENCES = wordSet("it's its that's thats");
const PAID_FOR = wordSet('covered sorted paid taken');
const SETTLED_REACH = 2;

/**
 * "Camp price is $150 but dont let that stop him. I already talked to the booster club, its covered":
 * the price is told and then taken off them, in its sentence or the next two. "Flights and fees all
 * covered" lists a seller's perks, with no "it" pointing back at a price.
 */
function paidForThemAfter(doc: Doc, sentence: number): boolean {
  const { words } = doc;
  const first = doc.sentences[sentence];
  const last = doc.sentences[Math.min(doc.sentences.length - 1, sentence + SETTLED_REACH)];
  if (!first || !last) return false;
  for (let at = first.firstWord; at < last.endWord; at++) {
    const word = words[at]!.folded;
    const be = PRICE_REFERENCES.has(word) ? at + 1 : word === 'it' && words[at + 1]?.folded === 'is' ? at + 2 : -1;
    if (be < 0) continue;
    const settled = words[be]?.folded === 'already' || words[be]?.folded === 'all' ? be + 1 : be;
    const paid = words[settled];
    if (!paid || paid.sentence !== words[at]!.sentence || !PAID_FOR.has(paid.folded)) continue;
    if (paid.folded === 'taken' && words[settled + 1]?.folded !== 'care') continue;
    if (!sellersTermsAfter(doc, settled)) return true;
  }
  return false;
}

/** "it's covered by our plan", "taken care of for the first month": the seller's terms follow. */
function sellersTermsAfter(doc: Doc, at: number): boolean {
  const { words } = doc;
  for (let next = at + 1; words[next]?.sentence === words[at]!.sentence; next++)
    if (FIRST_PERSON.has(words[next]!.folded) || SELLERS_TERMS.has(words[next]!.folded)) return true;
  return false;
}
const SELLERS_TERMS = wordSet('first trial month months plan financing');

/**
 * "A colleague in Cheney is hiring an assistant, $24/hr", "one of our captains is hiring a deckhand":
 * the pay of someone else's opening, passed on. "We're hiring", "our shop is hiring" and "a client
 * of mine is hiring" recruit.
 */
function someoneElsesOpening(doc: Doc, at: number): boolean {
  const { words } = doc;
  const sentence = doc.sentences[words[at]!.sentence]!;
  if (postedElsewhere(doc, sentence.firstWord, sentence.endWord)) return true;
  let hiring = sentence.firstWord;
  while (hiring < at && words[hiring]!.folded !== 'hiring') hiring++;
  if (hiring === at) return false;
  // "Buddy of mine runs a roofing crew. Hiring 2 kids for summer, $17/hr": the one hiring named just before.
  if (hiring === sentence.firstWord) {
    const before = doc.sentences[words[at]!.sentence - 1];
    return !!before && [0, 1].some((next) => PEOPLE_OF_MINE.has(words[before.firstWord + next]!.folded));
  }
  for (let subject = sentence.firstWord; subject < hiring; subject++)
    if (
      RECRUITERS_OWN.has(words[subject]!.folded) ||
      (FIRST_PERSON.has(words[subject]!.folded) &&
        words[subject - 1]?.folded !== 'of' &&
        // "My buddy at the Hall is hiring a cook, $19/hr": a friend's opening, not the writer's.
        !PEOPLE_OF_MINE.has(words[subject + 1]?.folded ?? ''))
    )
      return !RECRUITERS_OWN.has(words[subject]!.folded) && peerJobLead(doc);
  return true;
}
/** Who would be recruiting, if the opening were the writer's. */
const OURS = wordSet("we we're we've our us");

const PER_HOUR = wordSet('hr hour hourly');
const OPENING_VERBS = wordSet('hiring needs');
/**
 * Who needs the worker when it is the writer, a recruiter's client or the reader: "we're hiring", "a
 * client is hiring", "your shop needs" ("I" only just before: "a kennel I trust is hiring").
 */
const NOT_ANOTHERS = wordSet("i'm we we're we've our us you your client clients");

/**
 * "guy i know at bradbury stamm needs a finish carpenter. $28/hr to start": an hourly wage, in the
 * sentence of someone else's opening or the one after it, is pay for the reader, not the writer's
 * price. Not where the writer or the reader is the one who needs or hires ("we're hiring, $32/hr").
 */
function wageOfAnotherOpening(doc: Doc, at: number): boolean {
  const { words } = doc;
  const sentence = words[at]!.sentence;
  if (![1, 2].some((ahead) => PER_HOUR.has(words[at + ahead]?.folded ?? '') && words[at + ahead]!.sentence === sentence)) return false;
  for (let verb = at - 1; verb >= 0 && words[verb]!.sentence >= sentence - 1; verb--) {
    if (!OPENING_VERBS.has(words[verb]!.folded)) continue;
    if (words[verb - 1]?.folded === 'i') return false;
    // "We run a fencing crew in Ames. Hiring two students": with no subject, the sentence before names it.
    const opens = doc.sentences[words[verb]!.sentence]!.firstWord;
    const from = opens === verb ? (doc.sentences[words[verb]!.sentence - 1]?.firstWord ?? verb) : opens;
    for (let subject = from; subject < verb; subject++)
      if (NOT_ANOTHERS.has(words[subject]!.folded)) return false;
    return true;
  }
  return false;
}

/** Money paid out to whoever takes it up, not a price: "a $2,100 monthly stipend". */
const PAID_OUT = wordSet('stipend allowance scholarship bursary grant');
/** "Grant writing, $900 a month": a service around the money, sold. */
const PAID_OUT_SERVICES = wordSet('writing writer consulting');

/**
 * "The GI Bill covers tuition plus a $2,100 monthly stipend", "the state scheme pays Rs 9,000 per
 * month": what a scheme pays them, passed on. "Our grant-writing starts at $900" and "we help you win
 * a $50k grant" sell: nothing of ours may be in the sentence, and no service around it.
 */
export const paidToThem = (doc: Doc, at: number): boolean =>
  sentenceHas(doc, at, PAID_OUT) && !sentenceHas(doc, at, OURS) && !sentenceHas(doc, at, PAID_OUT_SERVICES);

/**
 * "The carpentry instructor job I mentioned is posted: YouthBuild, $28/hr": an opening posted by
 * someone else, its pay passed on with it; "our role is posted, $28/hr" recruits.
 */
function postedElsewhere(doc: Doc, first: number, end: number): boolean {
  let posted = false;
  let job = false;
  for (let at = first; at < end; at++) {
    const text = doc.words[at]!.folded;
    if (OURS.has(text)) return false;
    posted ||= text === 'posted';
    job ||= JOB_NOUNS.has(text);
  }
  return posted && job;
}

function hiringBefore(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[doc.words[at]!.sentence]!;
  return doc.words.slice(sentence.firstWord, at).some((word) => word.folded === 'hiring');
}

/** "A client of mine is hiring": a recruiter's opening is the recruiter's to fill. */
const RECRUITERS_OWN = wordSet('client clients');

/** "You asked what a review costs – most firms charge £350": a price told because they asked. */
export function answersThem(doc: Doc, at: number): boolean {
  const sentence = doc.words[at]?.sentence ?? -1;
  return answerCues.find(doc).some((cue) => {
    const cueSentence = doc.words[cue.firstAt]?.sentence ?? -2;
    return cueSentence === sentence || cueSentence === sentence - 1;
  });
}

const THEY_TOLD = wordSet('mentioned said told wrote posted');

/**
 * "You mentioned at the club fair that the $250 deposit was holding you back": their words, told
 * back in the sentence that holds the figure; a price of mine in the next sentence is still mine.
 */
export function toldByThem(doc: Doc, at: number): boolean {
  const { words } = doc;
  const sentence = words[at]!.sentence;
  for (let back = at - 1; back > 0 && words[back]!.sentence === sentence; back--)
    if (
      THEY_TOLD.has(words[back]!.folded) &&
      words[back - 1]!.folded === 'you' &&
      words[back - 1]!.sentence === sentence
    )
      return true;
  return false;
}

/** A give cue ("if it helps", "in case it's useful") in the word's sentence. */
function offeredIfUseful(doc: Doc, at: number): boolean {
  const sentence = doc.words[at]?.sentence;
  return linkGiveCues.find(doc).some((cue) => doc.words[cue.firstAt]?.sentence === sentence);
}

/**
 * A count in the writer's own voice: the last person named before the figure is "I" or "we" ("we
 * get roofers 20+ quote requests", "I host a podcast (40k listeners)"). "Congrats on your 10k
 * subscribers" is theirs, and "the episode hit 9k downloads" tells them how their episode did.
 */
const SAVED = wordSet('saved saves earned won got');
const MY_SIDE = wordSet('me us my our');
const SAVED_REACH = 4;

/**
 * "the docs page saved my team roughly $4k/month": a sum the reader's work saved the writer, told as
 * thanks. "We saved our clients $4k" is a claim: customers are the ones saved.
 */
/** "a monthly donation of $25 to the shelter": the writer's gift, its amount named. */
const GIFTS = wordSet('donation donations gift contribution pledge');

/** "when we dropped the fee from ₦50 to ₦10, accounts doubled": a change told as a story, a past tense before it. */
function changeTold(doc: Doc, at: number): boolean {
  const { words } = doc;
  // "from ₦50 to ₦10": both ends of the change, the first after "from".
  const from =
    words[at - 1]?.folded === 'from'
      ? at
      : words[at - 1]?.folded === 'to' && words[at - 3]?.folded === 'from'
        ? at - 2
        : -1;
  if (from < 0 || words[from + 1]?.folded !== 'to' || !isMoney(doc, from) || !isMoney(doc, from + 2))
    return false;
  for (let back = from - 2; back >= 0 && words[back]!.sentence === words[at]!.sentence; back--)
    if (isPastTense(words[back]!.folded)) return true;
  return false;
}

function savedForMe(doc: Doc, at: number): boolean {
  const { words } = doc;
  for (let back = at - 1; back >= Math.max(0, at - SAVED_REACH); back--) {
    const word = words[back];
    if (!word || word.sentence !== words[at]?.sentence) return false;
    if (!SAVED.has(word.folded)) continue;
    const object = words[back + 1]?.folded ?? '';
    if (!MY_SIDE.has(object) || CUSTOMER_NOUNS.has(words[back + 2]?.folded ?? '')) return false;
    return !FIRST_PERSON.has(words[back - 1]?.folded ?? '');
  }
  return false;
}

function writersOwnCount(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[doc.words[at]?.sentence ?? -1];
  if (!sentence) return false;
  for (let index = at - 1; index >= sentence.firstWord; index--) {
    const text = doc.words[index]?.folded ?? '';
    // "We're competitors, but 200k people get out every year": the count is in a clause of its own.
    if (SECOND_PERSON.has(text) || text === 'but') return false;
    if (FIRST_PERSON.has(text)) return true;
  }
  return false;
}
