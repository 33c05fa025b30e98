import { memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';
import { chasing } from './phrase-sets';
import { sentenceHolds } from '../text/sentence-has';

/** What a chase is about: the writer's message or ask. */
const CHASED = wordSet('my our message messages email emails note proposal quote estimate invite invitation request call meeting demo deck');
const CHASED_REACH = 3;
/** "how's Malik's ankle?" asks after them as "how is" does. */
const HOW = wordSet("how how's hows");

/**
 * "Just checking in after Saturday", "checking in on you", "checking in to see how you are": care
 * after something they went through. "Just checking in after my email" and "checking in on the
 * proposal" chase.
 */
function checksOnThem(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const last = words[match.lastAt];
  const next = words[match.lastAt + 1];
  if (last?.folded !== 'in') return false;
  // "Just checking in. How is the baby?": a question after them, with nothing of mine in it.
  // "Just checking in. Two weeks at the plant today. How are the mornings treating you?": a line between.
  if (!next || next.sentence !== last.sentence)
    return !!next && (asksAfterThem(doc, next.sentence) || (nothingOfMine(doc, next.sentence) && asksAfterThem(doc, next.sentence + 1)));
  const after = words[match.lastAt + 2]?.folded ?? '';
  // "Just checking in — how did the first week with the new software go?": the question in the same breath.
  if (HOW.has(next.folded)) return asksAfterThem(doc, last.sentence, match.lastAt + 1);
  if (next.folded === 'on') return after === 'you' || after === 'how';
  if (next.folded === 'to') return after === 'see' && words[match.lastAt + 3]?.folded === 'how';
  if (next.folded === 'after') return !words.slice(match.lastAt + 2, match.lastAt + 2 + CHASED_REACH).some((word) => CHASED.has(word.folded));
  // "Just checking in, it's been three months since you got the keys. How's the cooler holding up?"
  return nothingOfMine(doc, last.sentence) && asksAfterThem(doc, last.sentence + 1);
}

function nothingOfMine(doc: Doc, sentence: number): boolean {
  return !!doc.sentences[sentence] && !sentenceHolds(doc, sentence, CHASED);
}

/** "How is the baby?", "how are you holding up?": a question about them, nothing of mine in it. */
function asksAfterThem(doc: Doc, sentence: number, from = doc.sentences[sentence]?.firstWord): boolean {
  const { endWord, question } = doc.sentences[sentence] ?? {};
  if (!question || from === undefined || endWord === undefined || !HOW.has(doc.words[from]?.folded ?? '')) return false;
  return !doc.words.slice(from, endWord).some((word) => CHASED.has(word.folded));
}

/** Where the note chases a stranger for an answer ("following up on my message", "any update?"). */
export const findChases = memoizedPerDoc((doc: Doc): readonly PhraseMatch[] =>
  chasing.find(doc).filter(
    (match) => !checksOnThem(doc, match) && !followsUpOnTheirTime(doc, match) && !noReplyWanted(doc) && !promiseKept(doc, match),
  ),
);

/**
 * "Circling back like I said I would. The job I mentioned is posted", "following up as promised":
 * the writer keeping a word of their own, with nothing of mine to answer in that sentence.
 */
function promiseKept(doc: Doc, match: PhraseMatch): boolean {
  const sentence = doc.words[match.firstAt]!.sentence;
  const span = doc.sentences[sentence]!;
  if (!nothingOfMine(doc, sentence)) return false;
  for (let at = match.lastAt + 1; at < span.endWord; at++) {
    const text = doc.words[at]!.folded;
    if (text === 'promised') return true;
    if (text === 'said' && doc.words[at + 1]?.folded === 'i' && doc.words[at + 2]?.folded === 'would') return true;
  }
  return false;
}

const REPLIES = wordSet('reply respond answer write');

/**
 * "Just checking in. No need to write back.": a chase wants the answer this sets them free of, unless
 * the note names anything of mine it could be about ("checking in on my proposal", "any thoughts on
 * the quote?").
 */
function noReplyWanted(doc: Doc): boolean {
  const { words } = doc;
  if (words.some((word) => CHASED.has(word.folded))) return false;
  return words.some(
    (word, at) => word.folded === 'need' && words[at - 1]?.folded === 'no' && words[at + 1]?.folded === 'to' && REPLIES.has(words[at + 2]?.folded ?? ''),
  );
}

/**
 * "Just following up, Specialist. It's been three months since y'all got home": a follow-up on
 * their time since something, with nothing of mine in it ("since I sent my quote" chases).
 */
function followsUpOnTheirTime(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const sentence = words[match.lastAt]?.sentence ?? -1;
  if (words[match.lastAt]?.folded !== 'up' || (words[match.lastAt + 1]?.sentence === sentence && words[match.lastAt + 1]?.folded === 'on'))
    return false;
  const next = doc.sentences[sentence + 1];
  if (!next || !nothingOfMine(doc, sentence) || !nothingOfMine(doc, sentence + 1)) return false;
  return words.slice(next.firstWord, next.endWord).some((word) => word.folded === 'since');
}
