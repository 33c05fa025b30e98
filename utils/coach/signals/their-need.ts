import type { Doc } from '../text/doc';
import { BAIT_NOUNS } from '../phrases/vendor-voice';
import { freeOfCharge, noSale } from './phrase-sets';
import { wordSet } from '../text/word-set';
import { sentenceHolds } from '../text/sentence-has';

// The reader's need set as a condition: "if you need", "if you ever want", "if your apprentice needs".

const NEEDING = wordSet('need needs want wants');
const BETWEEN = wordSet('ever still do does happen');
const OWNER_REACH = 2;

/**
 * "If you need a hand", "if you need anything at all", "if your resume needs a second look", "if you
 * need a supply house recommendation", "if you want a ride to the appointment": the need named is help itself.
 */
export const HELP = wordSet('help hand anything look eyes recommendation referral ride lift');

/**
 * What a person needs from another: "if you need a reference", "someone to call with dumb questions".
 * Not a hand or help in general: "if you ever need a hand on a job, I'm your man" is after work.
 */
const PERSONAL_HELP = wordSet(
  'reference advice questions ear mentor vent eyes look recommendation referral intro',
);
const HELP_REACH = 8;

/**
 * "If you need someone to call with dumb questions, I'm your guy": the sentence sets help, a person's
 * time or word, as the reader's need; what follows offers it ("if you need a roofer, I'm your guy" sells).
 */
export function helpOnTheirNeed(doc: Doc, first: number): boolean {
  const { words } = doc;
  const sentence = doc.sentences[words[first]?.sentence ?? -1];
  if (!sentence) return false;
  for (let at = sentence.firstWord; at < first; at++) {
    if (words[at]!.folded !== 'if') continue;
    const need = needAfter(doc, at);
    if (need < 0) continue;
    for (let ahead = need + 1; ahead <= need + HELP_REACH && ahead < sentence.endWord; ahead++)
      if (PERSONAL_HELP.has(words[ahead]!.folded)) return true;
  }
  return false;
}

const YOU_ARE = wordSet("you're youre");
const SITUATION_REACH = 10;
const MIGHT = wordSet('would could might ever');

/** The word "need" or "want" after "if you (ever)", "if you're <a situation> and", or "if your <one or two words>", or -1. */
export function needAfter(doc: Doc, at: number): number {
  const { words } = doc;
  const sentence = words[at]!.sentence;
  let next = at + 1;
  if (words[next]?.folded === 'you' || words[next]?.folded === 'u') {
    next++;
    while (BETWEEN.has(words[next]?.folded ?? '')) next++;
  } else if (YOU_ARE.has(words[next]?.folded ?? '')) {
    // "If you're ever working in India and need someone to call": their situation, then the need.
    const end = next + SITUATION_REACH;
    while (next < end && words[next] && !NEEDING.has(words[next]!.folded)) next++;
  } else if (words[next]?.folded === 'your') {
    next += 2;
    for (let reach = 0; reach < OWNER_REACH && words[next] && !NEEDING.has(words[next]!.folded); reach++) next++;
  } else {
    // "If a call with our volunteers would ever help you plan": what would help them, as the condition.
    for (let help = next + 1; help < next + SITUATION_REACH && words[help]?.sentence === sentence; help++)
      if (words[help]!.folded === 'help' && words[help + 1]?.folded === 'you' && MIGHT.has(words[help - 1]!.folded)) return help;
    return -1;
  }
  const word = words[next];
  return word && word.sentence === sentence && NEEDING.has(word.folded) ? next : -1;
}

/** Whether the sentence sets the reader's need as a condition ("if your students ever need a site"). */
export function needSetIn(doc: Doc, sentence: number): boolean {
  const span = doc.sentences[sentence];
  if (!span) return false;
  for (let at = span.firstWord; at < span.endWord; at++) if (doc.words[at]!.folded === 'if' && needAfter(doc, at) >= 0) return true;
  return false;
}

/** "if you want me to talk them through it": the want is the writer's doing, offered. */
export function wantsMeTo(doc: Doc, need: number): boolean {
  return doc.words[need + 1]?.folded === 'me' && doc.words[need + 2]?.folded === 'to';
}

/**
 * "If you're ever working in India and need someone to call at 2am, I'm your guy. Free of charge,
 * photographer to photographer.", "If your party wants a hands-on run-through, let me know. Thursday
 * evenings, Grange hall. No cost.": their need set as a condition, and the help said to be free within
 * the next two sentences, with no bait beside it ("No cost for the quote" still sells). "If you need a
 * roofer, I'm your guy" still sells.
 */
export function freeHelpOnTheirNeed(doc: Doc, first: number): boolean {
  const sentence = doc.words[first]?.sentence ?? -1;
  let needSentence = -1;
  for (let back = sentence; back >= sentence - NEED_REACH && needSentence < 0; back--) if (needSetIn(doc, back)) needSentence = back;
  if (needSentence < 0) return false;
  const saidFree = (cue: { firstAt: number }) => {
    const at = doc.words[cue.firstAt]!.sentence;
    return at >= needSentence && at <= needSentence + NEED_REACH && !sentenceHolds(doc, at, BAIT_NOUNS);
  };
  return freeOfCharge.find(doc).some(saidFree) || noSale.find(doc).some(saidFree);
}
const NEED_REACH = 2;
