import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { forEachWordIn } from '../text/word-index';
import { JOB_NOUNS } from './job-search';
import { wordSet } from '../text/word-set';

const I_WILL = wordSet('will can');
/** What the writer promises to do with what is sent: read it, mark it up, put eyes on it. */
const REVIEWING = wordSet('look review read check verify edit proofread eyes mark critique polish redline');
/** "… and I'll take a look at which of our openings fit", "so I can send through some roles": a recruiter's, however helpful it sounds. */
export const RECRUITING = new Set([...JOB_NOUNS, 'opening', 'our', 'clients']);
const PROMISE_REACH = 6;
const REVIEW_REACH = 4;

/**
 * Where the writer's promise goes on: the word after "I'll", "I will" or "I can" within a few words
 * after `last`, in its sentence ("send me your email and I'll send …"), or -1.
 */
export function promiseAfter(doc: Doc, last: number): number {
  const { words } = doc;
  const sentence = words[last]?.sentence;
  for (let at = last + 1; at <= last + PROMISE_REACH && words[at]?.sentence === sentence; at++) {
    const text = words[at]!.folded;
    if (text === "i'll") return at + 1;
    if (text === 'i' && I_WILL.has(words[at + 1]?.folded ?? '')) return at + 2;
    // "… and I check it for you": the promise in a second language's plain present.
    if (text === 'i' && words[at - 1]?.folded === 'and' && REVIEWING.has(words[at + 1]?.folded ?? '')) return at + 1;
  }
  return -1;
}

/**
 * "Send me your resume and I'll put eyes on it tonight": what the reader sends, the writer promises
 * to review for them. An offer of help, not an ask.
 */
export function reviewPromisedAfter(doc: Doc, last: number): boolean {
  const { words } = doc;
  const span = doc.sentences[words[last]?.sentence ?? -1];
  if (!span) return false;
  for (let at = last + 1; at < span.endWord; at++) if (RECRUITING.has(words[at]!.folded)) return false;
  const verb = promiseAfter(doc, last);
  if (verb < 0) return false;
  for (let next = verb; next < verb + REVIEW_REACH && next < span.endWord; next++)
    if (REVIEWING.has(words[next]!.folded)) return true;
  return false;
}

const OFFER_OPENERS = wordSet("happy glad i'll can could");
const FREE_WORDS = wordSet('free bono gratis');
const NO_CHARGE = wordSet('fee charge cost');

/**
 * "Happy to look over the lease for free, just send me the draft", "I can check the statutes pro
 * bono; send me the document": a review offered for nothing, then what to review asked for.
 */
export function freeReviewOfferedBefore(doc: Doc, first: number): boolean {
  const { words } = doc;
  const sentence = words[first]?.sentence ?? -1;
  const span = doc.sentences[sentence];
  if (!span) return false;
  let offered = false;
  // The offer may close the sentence before: "I can verify the draft pro bono; send me the document".
  const from = doc.sentences[sentence - 1]?.firstWord ?? span.firstWord;
  for (let at = from; at < first && !offered; at++)
    if (OFFER_OPENERS.has(words[at]!.folded))
      for (let next = at + 1; next <= at + REVIEW_REACH && next < first; next++) if (REVIEWING.has(words[next]!.folded)) offered = true;
  if (!offered) return false;
  const end = doc.sentences[sentence + 1]?.endWord ?? span.endWord;
  for (let at = from; at < end; at++) {
    const text = words[at]!.folded;
    if (FREE_WORDS.has(text) || (NO_CHARGE.has(text) && words[at - 1]?.folded === 'no')) return true;
  }
  return false;
}

const SENDING = wordSet('send sending forward email drop');

/** Reviews promised on what the reader sends ("send me your resume and I'll put eyes on it"): gives. */
export function findReviewsPromised(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  forEachWordIn(doc, SENDING, (word, at) => {
    if (!reviewPromisedAfter(doc, at)) return;
    found.push([word.startAt, words[doc.sentences[word.sentence]!.endWord - 1]!.endAt]);
  });
  return found;
}
