import { ALPHABETIC_LETTER } from '../patterns';
import { startsWithDigit } from '../text/digits';
import { memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { answersThem, findCommerceShapes, freeSlotsTold, paidToThem, toldByThem } from './commerce-shapes';
import { asks, freeOfCharge, noSale, salesPitch } from './phrase-sets';
import { NOTHING_SOLD } from '../phrases/sales-pitch';
import { BAIT_NOUNS, NOT_BAIT_BEFORE, OPEN_DOORS } from '../phrases/vendor-voice';
import { PEOPLE_OF_MINE, WRITER_POSSESSIVES, WRITER_WORDS } from '../phrases/pronouns';
import { isPastTense } from './tense';
import { findClientStories } from './client-stories';
import { handOverAfter } from './conditional-offers';
import { freeHelpOnTheirNeed, helpOnTheirNeed } from './their-need';
import { reviewPromisedAfter } from './review-offers';
import { findPainProjections } from './pain-projection';
import { findVendorClaims } from './vendor-claims';
import { findTheirCustomersPitched } from './their-customers';
import { peerJobLead, RESUMES } from './peer-lead';
import { wordSet } from '../text/word-set';
import { NO_OR_WITHOUT } from '../phrases/negation';
import { deniedBefore, precededBy } from './negation';

/** Every pitch in the note: the phrase list's, a company's claims about what it sells, and selling by its shape. */
export function findPitches(doc: Doc): readonly PhraseMatch[] {
  return findPitchesOf(doc);
}

// Asked for several times a note: kept at hand for the note being read.
const findPitchesOf = memoizedPerDoc((doc: Doc): readonly PhraseMatch[] => {
  const phrases = salesPitch.find(doc).filter((match) => !usedOrTold(doc, match));
  // A claim or a shape that overlaps a listed phrase ("we help companies") reports once, as the phrase.
  const kept: PhraseMatch[] = [...phrases];
  for (const found of [
    ...findVendorClaims(doc),
    ...findPainProjections(doc),
    ...findClientStories(doc),
    ...findTheirCustomersPitched(doc),
  ])
    if (!kept.some((match) => match.firstAt <= found.lastAt && found.firstAt <= match.lastAt)) kept.push(found);
  // A shape reports a pitch the words above missed: one finding for "starts at $499 per month".
  const sentenceOf = (match: PhraseMatch) => doc.words[match.firstAt]?.sentence;
  const pitched = new Set(kept.map(sentenceOf));
  for (const found of findCommerceShapes(doc)) if (!pitched.has(sentenceOf(found))) kept.push(found);
  // "No cost" is bait beside a pitch or a thing sold ("the audit is at no cost"), a gift otherwise:
  // the corpus's good notes waive a price (a free class, an honor guard, a ride) far more often than
  // its transactions do, and those sell in other words too.
  for (const found of freeOfCharge.find(doc)) {
    if (kept.some((match) => match.firstAt <= found.lastAt && found.firstAt <= match.lastAt)) continue;
    // "Nothing to buy, no sign-up. Bring a water sample; the state lab will test it at no cost": said
    // once, for the whole note, beside no pitch; the sample is theirs, no bait.
    const nothingSold = kept.length === 0 && noSale.find(doc).some((cue) => NOTHING_SOLD.has(cue.phrase.phrase));
    if (nothingSold) continue;
    if (kept.length > 0 || sentenceHasBait(doc, found, undefined, placesOf(doc, found)) || baitBeside(doc, found)) kept.push(found);
  }
  return kept.sort((a, b) => a.firstAt - b.firstAt);
});

/**
 * "My friend Komang has a guesthouse … good price and honest people. I get nothing from it": someone
 * of mine vouched for, with the writer saying outright that nothing in it is theirs.
 */
function someoneOfMinesTrade(doc: Doc, sentenceAt: number): boolean {
  const first = doc.sentences[sentenceAt]?.firstWord ?? -1;
  return (
    WRITER_POSSESSIVES.has(doc.words[first]?.folded ?? '') &&
    PEOPLE_OF_MINE.has(doc.words[first + 1]?.folded ?? '') &&
    noSale.find(doc).some((cue) => NOTHING_SOLD.has(cue.phrase.phrase))
  );
}

/** "a site audit at no cost": a thing sold beside it ("the quote you got" is theirs). */
function sentenceHasBait(
  doc: Doc,
  match: PhraseMatch,
  sentenceAt = doc.words[match.firstAt]?.sentence ?? -1,
  notBait: ReadonlySet<string> = NO_WORDS,
): boolean {
  const sentence = doc.sentences[sentenceAt];
  if (!sentence) return false;
  for (let at = sentence.firstWord; at < sentence.endWord; at++) {
    const text = doc.words[at]?.folded ?? '';
    if (BAIT_NOUNS.has(text) && !notBait.has(text) && !NOT_BAIT_BEFORE.has(doc.words[at - 1]?.folded ?? '')) return true;
  }
  return false;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * What costs nothing is the thing sold: named just after ("no cost for the quote", "free for the first
 * month"), in the sentence before ("Book your roof audit this month. No cost."; not a class or a seat,
 * which a community gives as often), or the note's call to book it ("Book your free tasting. No cost").
 */
function baitBeside(doc: Doc, match: PhraseMatch): boolean {
  const index = doc.words[match.firstAt]?.sentence ?? -1;
  const sentence = doc.sentences[index];
  if (!sentence) return false;
  for (let at = match.lastAt + 1; at < Math.min(sentence.endWord, match.lastAt + 4); at++) {
    const word = doc.words[at]!.folded;
    if (BAIT_NOUNS.has(word) || (word === 'first' && TRIAL_SPANS.has(doc.words[at + 1]?.folded ?? ''))) return true;
  }
  const before = doc.sentences[index - 1];
  return (
    (sentenceHasBait(doc, match, index - 1, OPEN_DOORS) && !sharedInThatBreath(doc, sentence.firstWord, match.firstAt)) ||
    doc.words[sentence.firstWord]?.folded === 'book' ||
    (before !== undefined && doc.words[before.firstWord]?.folded === 'book') ||
    // "Would you have 10 minutes so I can check your policy? No cost.": their time is the price.
    asks.find(doc).some((ask) => doc.words[ask.firstAt]?.sentence === index - 1 && TIME_WORDS.has(doc.words[ask.lastAt]!.folded))
  );
}
const TRIAL_SPANS = wordSet('week weeks month months session sessions');
const TIME_WORDS = wordSet('minutes mins min call chat');

/** "We have years of water samples. We would be happy to share them and host your class, no cost": lent. */
function sharedInThatBreath(doc: Doc, first: number, end: number): boolean {
  let writer = false;
  for (let at = first; at < end; at++) {
    const text = doc.words[at]!.folded;
    if (WRITER_WORDS.has(text)) writer = true;
    else if (writer && SHARING.has(text)) return true;
  }
  return false;
}
const SHARING = wordSet('share sharing host hosting lend loan donate give pass');

/** Places in a thing, not the thing: "6 spots left, no cost, no catch" counts places in a free clinic. */
const PLACES = wordSet('spot spots seat seats');

/** The words that are no bait beside "no cost": places, once the writer says in that breath that nothing is sold. */
function placesOf(doc: Doc, match: PhraseMatch): ReadonlySet<string> {
  const sentence = doc.words[match.firstAt]?.sentence ?? -1;
  return noSaleSaidIn(doc, sentence, sentence) ? PLACES : NO_WORDS;
}

/** "no strings", "not a recruiting thing": the writer says outright, in these sentences, that nothing is sold. */
export function noSaleSaidIn(doc: Doc, firstSentence: number, lastSentence: number): boolean {
  return noSale.find(doc).some((cue) => {
    const at = doc.words[cue.firstAt]?.sentence ?? -1;
    return at >= firstSentence && at <= lastSentence;
  });
}

/**
 * Where something of ours is only the place their idea went: "we applied your pricing idea to our
 * app", "we used your advice … first time in the history of our agency".
 */
const PLACE_WORDS = wordSet('to in into of on');
/** Our clients as the ones we passed their idea to: "we've started suggesting it to our clients". */
const PRESENT_USE = wordSet('use using uses');
const CLIENT_WORDS = wordSet('client clients');
const ADOPTING_VERBS = wordSet('applied used tried adopted implemented borrowed copied put featured quoted');
/** What our client or our role did that involves the reader: "one of our clients mentioned you". */
const ABOUT_THE_READER = wordSet('mentioned told recommended said says praised loves loved');
const SHOWING_WORDS = wordSet('show share see look peek preview demo walk tour tell');
const SHOWING = [1, 2, 3];
const BUILDING = wordSet('building built');
const READER = wordSet('you your');
const CHOSE = wordSet('chose picked ordered');
/** "one of our clients (Fennick Bakery) mentioned you": the name between may take a few words. */
const TOLD_REACH = 6;
/** "our Data Platform role": a job, not a product. */
/** Who "would be a great fit", when it is not the reader or the writer. */
const OTHERS = wordSet('who they he she them both');
const FIT_REACH = 4;
// "our pricing team opened a req": people, not the thing sold.
const JOB_NOUNS = wordSet('role roles job jobs position opening vacancy team');
/** Prices someone else sets and publishes: "the official price list", "the government's price list". */
const NOT_OURS_TO_SET = wordSet('official public government published national exchange');

/** "I am not offering my services": the words a denied offer is made of. */
const OFFERING = wordSet('offering selling pitching');

/** "Today we closed our seed round": ours, done. */
const CLOSED = wordSet('closed raised finished completed');
/** "my agency is full until January": no room to sell. */
const IS = wordSet('is are');
const NO_ROOM = wordSet('full booked');

/**
 * A listed phrase that is not selling here: our thing as the place their idea was used ("… to our
 * app"), our client speaking of the reader ("one of our clients mentioned you"), a role they
 * applied to ("you applied to our Data Platform role").
 */
function usedOrTold(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const head = words[match.firstAt];
  if (!head) return false;
  const sameSentence = (at: number) => words[at]?.sentence === head.sentence;
  // "what we're building" sells when shown ("a peek at what we're building"); "your library is the
  // core of what we're building" is thanks.
  if (head.folded === 'what' && BUILDING.has(words[match.lastAt]?.folded ?? '') && !SHOWING.some((back) => sameSentence(match.firstAt - back) && SHOWING_WORDS.has(words[match.firstAt - back]?.folded ?? '')))
    return true;
  // "you picked our stand at the fair": their choice, thanked.
  if (CHOSE.has(head.folded) && READER.has(words[match.firstAt - 1]?.folded ?? '')) return true;
  // "if you need any help with transport, happy to help": an offer on their terms.
  if (words[match.firstAt - 1]?.folded === 'you' && words[match.firstAt - 2]?.folded === 'if' && sameSentence(match.firstAt - 2))
    return true;
  // "Your org got my buddy housed and employed within 90 days": their result, told back to them.
  if (theirDeedBefore(doc, match.firstAt) || thankedForSharing(doc, match.firstAt)) return true;
  // "Loved your panel. The 'thank within 48 hours' rule is on my monitor": their words, quoted back.
  if (quotedFromThem(doc, match)) return true;
  if (helpOnTheirNeed(doc, match.firstAt) || freeHelpOnTheirNeed(doc, match.firstAt) || reviewPromisedAfter(doc, match.lastAt)) return true;
  if (sellingForFree(doc, match) || helpForFree(doc, match) || freeSlotsTold(doc, match)) return true;
  if (someoneOfMinesTrade(doc, head.sentence)) return true;
  // "You asked about the scanner's price. I paid 18.000 USD, and the distributor gives a discount": told because they asked.
  if (answersThem(doc, match.firstAt) || paidToThem(doc, match.firstAt)) return true;
  // "my agency is full until January, but my friend runs a small team": no room to sell, a peer's passed on.
  if (IS.has(words[match.lastAt + 1]?.folded ?? '') && NO_ROOM.has(words[match.lastAt + 2]?.folded ?? '')) return true;
  // "Today we closed our seed round": done, told as news.
  if (CLOSED.has(words[match.firstAt - 1]?.folded ?? '') && words[match.firstAt]?.folded === 'our') return true;
  // "No registration fee, just walk in": what is denied is not sold.
  if (precededBy(doc, match.firstAt, 1, NO_OR_WITHOUT)) return true;
  // "I am not offering my services, I am full this year": the offer denied outright.
  if (OFFERING.has(words[match.firstAt - 1]?.folded ?? '') && deniedBefore(doc, match.firstAt - 1, 1)) return true;
  // "At the panel you asked where a small place can get whole hogs at a fair price": their question,
  // recalled; "you said there were only 4 spots left": their words.
  for (let at = match.firstAt - 1; at > 0 && sameSentence(at); at--)
    if (words[at]!.folded === 'asked' && words[at - 1]!.folded === 'you') return true;
  if (toldByThem(doc, match.firstAt)) return true;
  // "the official price list below, so you can check yourself": an authority's prices, not ours.
  if (head.folded === 'price' && NOT_OURS_TO_SET.has(words[match.firstAt - 1]?.folded ?? '')) return true;
  // "One starts at Michigan Tech in the fall": a start, not a starting price.
  if (head.folded === 'starts' && ![1, 2].some((ahead) => sameSentence(match.lastAt + ahead) && startsWithDigit(words[match.lastAt + ahead]!.folded)))
    return true;
  // "Just reply yes and I'll send it": how they take a thing offered, not a sales close.
  if (head.folded === 'reply' && handOverAfter(doc, match.lastAt) >= 0) return true;
  // "two of my students who I think would be a great fit": others put forward for their opening.
  if (head.folded === 'would') {
    for (let back = match.firstAt - 1; back >= match.firstAt - FIT_REACH && sameSentence(back); back--)
      if (OTHERS.has(words[back]?.folded ?? '')) return true;
  }
  // "We're hiring two help desk techs. Not a recruiter, get nothing for it.": an opening passed on.
  // "… glad to pass your profile to two leaders I know who are hiring. Send me your CV, no rush": a peer's lead.
  const last = words[match.lastAt]!.folded;
  if ((last === 'hiring' && noSaleSaidIn(doc, head.sentence, head.sentence + 1)) || ((last === 'hiring' || RESUMES.has(last)) && peerJobLead(doc)))
    return true;
  if (!WRITER_POSSESSIVES.has(head.folded)) return false;
  if (JOB_NOUNS.has(words[match.lastAt + 1]?.folded ?? '') && sameSentence(match.lastAt + 1)) return true;
  const sentence = doc.sentences[head.sentence];
  // "in (all) our products"
  const place = words[match.firstAt - 1]?.folded === 'all' ? match.firstAt - 2 : match.firstAt - 1;
  if (sentence && PLACE_WORDS.has(words[place]?.folded ?? '') && sameSentence(place)) {
    let reader = false;
    for (let at = sentence.firstWord; at < match.firstAt; at++) {
      const text = words[at]?.folded ?? '';
      if (ADOPTING_VERBS.has(text)) return true;
      // "I use your driver … in our products"; "we use AI in our products" sells.
      if (PRESENT_USE.has(text) && words[at + 1]?.folded === 'your') return true;
      if (text === 'you') reader = true;
    }
    // "… to our clients" passes our idea on; "present you to our client" is a recruiter's pitch, and
    // "one of our clients went from 3-day settlement to same-day" a sales story, unless the next
    // words say nothing is sold ("one of our clients is hiring. I am not a recruiter").
    if (CLIENT_WORDS.has(words[match.lastAt]?.folded ?? '') && !reader && (words[place]!.folded !== 'of' || noSaleSaidIn(doc, head.sentence, head.sentence + 1)))
      return true;
  }
  for (let at = match.lastAt + 1; at <= match.lastAt + TOLD_REACH && sameSentence(at); at++) {
    if (!ABOUT_THE_READER.has(words[at]?.folded ?? '')) continue;
    // "mentioned you", "told me you designed …"
    const [next, then] = [words[at + 1]?.folded ?? '', words[at + 2]?.folded ?? ''];
    if (READER.has(next) || (next === 'me' && READER.has(then))) return true;
  }
  return false;
}

/** "I'm selling my old ruck and boots for free": the writer's own things given away, whatever the verb says. */
function sellingForFree(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  if (words[match.lastAt]?.folded !== 'selling' || words[match.lastAt + 1]?.folded !== 'my') return false;
  const sentence = doc.sentences[words[match.firstAt]!.sentence];
  if (!sentence) return false;
  for (let at = match.lastAt + 1; at < sentence.endWord - 1; at++) {
    const [text, next] = [words[at]!.folded, words[at + 1]!.folded];
    if ((text === 'for' && next === 'free') || (text === 'free' && next === 'to')) return true;
  }
  return false;
}

const HELPING = wordSet('help helping');

/** "call me, I help for free, no fee, is just a favor": help given, not a service described. */
function helpForFree(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  if (!HELPING.has(words[match.lastAt]?.folded ?? '')) return false;
  const [next, then] = [words[match.lastAt + 1], words[match.lastAt + 2]];
  const sameSentence = next?.sentence === words[match.lastAt]!.sentence;
  if (!sameSentence || !(next?.folded === 'free' || (next?.folded === 'for' && then?.folded === 'free'))) return false;
  // "I help for free for the first month, then …" is a trial.
  const sentence = doc.sentences[next.sentence]!;
  for (let at = match.lastAt + 2; at < sentence.endWord; at++) if (TRIAL.has(words[at]!.folded)) return false;
  return true;
}

const TRIAL = wordSet('first trial introductory month months weeks then until');

const OPENING_QUOTES = new Set(["'", '"', '‘', '“']);
const CLOSING_QUOTES = new Set(["'", '"', '’', '”']);

/**
 * The phrase stands inside quotation marks, and the note spoke of something of theirs ("your
 * panel") before it: a saying of theirs repeated, not the writer's promise.
 */
function quotedFromThem(doc: Doc, match: PhraseMatch): boolean {
  const { words, text } = doc;
  const first = words[match.firstAt]!;
  const last = words[match.lastAt]!;
  const sentence = doc.sentences[first.sentence]!;
  const from = words[sentence.firstWord]!.startAt;
  const to = words[sentence.endWord - 1]!.endAt;
  let opened = -1;
  for (let at = first.startAt - 1; at >= Math.max(0, from - 1); at--)
    if (OPENING_QUOTES.has(text[at]!) && (at === 0 || text[at - 1] === ' ')) {
      opened = at;
      break;
    }
  if (opened < 0) return false;
  let closed = false;
  for (let at = last.endAt; at <= Math.min(text.length - 1, to + 1); at++)
    if (CLOSING_QUOTES.has(text[at]!) && (at + 1 >= text.length || !ALPHABETIC_LETTER.test(text[at + 1]!))) {
      closed = true;
      break;
    }
  if (!closed) return false;
  for (let at = 0; at < match.firstAt; at++) if (words[at]!.folded === 'your') return true;
  return false;
}

const SHARED = wordSet('sharing posting publishing writing');
/** "Thank you for writing such a detailed review of our product": the thing they wrote may take a few words. */
const SHARED_REACH = 6;

/**
 * "Thank you for sharing real price list in the vendor group", "for writing such a detailed review of
 * our product": their list or review, thanked ("for sharing our pricing" is ours).
 */
function thankedForSharing(doc: Doc, first: number): boolean {
  const { words } = doc;
  for (let at = first - 1; at >= Math.max(1, first - SHARED_REACH); at--) {
    if (words[at]!.sentence !== words[first]!.sentence) return false;
    if (!SHARED.has(words[at]!.folded)) continue;
    return words[at - 1]!.folded === 'for' && !WRITER_POSSESSIVES.has(words[at + 1]?.folded ?? '');
  }
  return false;
}

/** "Your org got …", "your team helped …" earlier in the sentence, with no "we" or "I" since. */
function theirDeedBefore(doc: Doc, first: number): boolean {
  const { words } = doc;
  const sentence = words[first]?.sentence;
  for (let at = first - 1; at >= 0 && words[at]!.sentence === sentence; at--) {
    const text = words[at]!.folded;
    if (text === 'we' || text === 'i' || text === "we've" || text === "i've") return false;
    if (text === 'your' && isPastTense(words[at + 2]?.folded ?? '')) return true;
  }
  return false;
}
