import { OTHER_WORDS } from '../phrases/pronouns';
import { startsWithDigit } from '../text/digits';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { firstWordIn } from '../text/word-index';
import { findGratitude } from './gratitude';
import { isPastTense } from './tense';
import { findTheirWork } from './their-work';
import { wordSet } from '../text/word-set';
import { sentenceHolds } from '../text/sentence-has';

const CLIENT_STORY = { phrase: 'someone was losing hours … after moving to X … your …' }; // a case study turned on the reader
/** A third party's loss, ongoing: "was losing a day of hauling every week", "was spending six hours". */
const LOSING = wordSet('losing spending wasting burning drowning bleeding paying');
const WAS = wordSet('was were');
/** The writer's own loss ("I was losing sleep") is no case study; "she told me her team was" still is. */
const STORYTELLER = wordSet("i i'm my we we're our");
/** The fix: "after moving to CabinetIQ", "since switching to …", "after we set up …". */
const AFTER = wordSet('after since');
const MOVING = wordSet('moving switching migrating changing upgrading');
const WE_DID = wordSet("we we've");
/**
 * Someone the writer's side served: "a clinic director in St. Cloud told me …". Narrower than
 * pain-projection.ts's list on purpose: with companies, firms, founders and brands a story opens too
 * many kind notes (sharing that list cost two main-corpus relational notes, session 12 review).
 */
const SERVED = wordSet('client customer director manager owner operator');

const findClientStoriesKey = memoKey();

/**
 * A case study turned on the reader: someone else (losing time or money, or a client of the writer's
 * side) had it fixed by the writer's side, and the note ends on the reader ("Fella down the coast was losing a day's hauling to a flaky
 * chartplotter. We swapped it in an afternoon. Your boat's about the same vintage."). A story the
 * reader is part of ("after watching your video") or one told as thanks is not a pitch.
 */
export function findClientStories(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findClientStoriesKey, findClientStoriesAfresh);
}

function findClientStoriesAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words, sentences } = doc;
  const loss = firstWordIn(
    doc,
    STORY_WORDS,
    (word, at) =>
      (LOSING.has(word.folded) && WAS.has(words[at - 1]?.folded ?? '') && !inReaderOrWriterSentence(doc, at, STORYTELLER)) ||
      ((SERVED.has(word.folded) || someoneHad(doc, at)) && !inReaderOrWriterSentence(doc, at, OTHER_WORDS)),
  );
  if (loss < 1) return [];
  const story = words[loss]!.sentence;
  const fixed = sentences.findIndex((sentence, index) => index >= story && index <= story + 1 && fixedBy(doc, sentence.firstWord, sentence.endWord));
  if (fixed < 0) return [];
  // "A friend had a rough year. We talked most Sundays": someone's trouble, told without a
  // figure, is a story of care; a case study boasts its number ("footfall went up 40%").
  if (someoneHad(doc, loss) && !holdsFigure(doc, fixed)) return [];
  if (sentenceHolds(doc, fixed, OTHER_WORDS)) return [];
  // The turn to the reader: "your yard", or their station or company by name ("Figured Station 22 …").
  const profile = findTheirWork(doc).filter((mention) => mention.source === 'headline' || mention.source === 'company');
  const turn = sentences.findIndex(
    (sentence, index) =>
      index > fixed &&
      (sentenceHolds(doc, index, OTHER_WORDS) ||
        profile.some((mention) => mention.range[0] >= words[sentence.firstWord]!.startAt && mention.range[0] < words[sentence.endWord - 1]!.endAt)),
  );
  if (turn < 0 || findGratitude(doc).length > 0) return [];
  // "A neighbour lost his dog in the snow. We had him home by 9pm.": a loss (or someone who came to
  // us) is a case study only when our service follows it ("they've been on our maintenance plan ever since").
  if (TOLD_WITHOUT_A_FIX.has(words[loss]!.folded) && !ourWithin(doc, sentences[fixed]!.firstWord, sentences[turn]!.firstWord, Infinity)) return [];
  const last = sentences[turn]!.endWord - 1;
  const first = storyOpening(doc, loss);
  return [{ phrase: CLIENT_STORY, firstAt: first, lastAt: last, range: [words[first]!.startAt, words[last]!.endAt] }];
}

/** "a co-packer … had", and in a second language "one 3PL in Naas had". */
const A = wordSet('a an one');
const SOMEONE_REACH = 5;
const WORKED_WITH = wordSet('worked working');
/** Someone's trouble, told in the past: "a co-packer … had", "a church … lost", "a brand … came to us". */
const TROUBLE = wordSet('had lost came');
/** Troubles that are a case study only when our service follows them (a lost dog found is news). */
const TOLD_WITHOUT_A_FIX = wordSet('lost came');
/** Whom someone came to with their trouble: the writer's side. */
const TO_US = wordSet('us me');
/** The words a story can start at: the loss, the one served, or someone who had trouble (`someoneHad`). */
const STORY_WORDS: ReadonlySet<string> = new Set([...LOSING, ...SERVED, ...WORKED_WITH, ...TROUBLE]);

/**
 * "A co-packer in Appleton had a palletizer down", "a church in Belton lost their unit on a Sunday",
 * "I worked with a distillery that had …", "a UK brand came to us with a problem": someone's trouble.
 */
function someoneHad(doc: Doc, at: number): boolean {
  const { words } = doc;
  const word = words[at]!;
  if (WORKED_WITH.has(word.folded)) return words[at + 1]?.folded === 'with' && A.has(words[at + 2]?.folded ?? '');
  if (word.folded === 'came' && !(words[at + 1]?.folded === 'to' && TO_US.has(words[at + 2]?.folded ?? ''))) return false;
  return TROUBLE.has(word.folded) && someoneBefore(doc, at) >= 0;
}

/** The "a" / "one" that opens the someone before a trouble verb, in its sentence, or -1. */
function someoneBefore(doc: Doc, at: number): number {
  const { words } = doc;
  for (let back = at - 1; back >= at - SOMEONE_REACH && words[back]?.sentence === words[at]!.sentence; back--)
    if (A.has(words[back]!.folded)) return back;
  return -1;
}

/** Where the story opens: "a church in Belton lost …" from "a", "a clinic director told me" from the word before. */
function storyOpening(doc: Doc, loss: number): number {
  const someone = TROUBLE.has(doc.words[loss]!.folded) ? someoneBefore(doc, loss) : -1;
  return someone >= 0 ? someone : loss - 1;
}

function holdsFigure(doc: Doc, sentence: number): boolean {
  const { firstWord, endWord } = doc.sentences[sentence]!;
  for (let at = firstWord; at < endWord; at++) if (startsWithDigit(doc.words[at]!.folded)) return true;
  return false;
}

/**
 * The story is someone else's: no "you" in its sentence, nor (for a loss) "I" or "we": "I was losing
 * sleep" is the writer's own. A client's story may hold "we": "after we set up her cover".
 */
function inReaderOrWriterSentence(doc: Doc, at: number, writer: ReadonlySet<string>): boolean {
  const sentence = doc.sentences[doc.words[at]!.sentence]!;
  for (let index = storyStart(doc, sentence.firstWord, at); index < sentence.endWord; index++) {
    const text = doc.words[index]!.folded;
    if (OTHER_WORDS.has(text) || writer.has(text)) return true;
  }
  return false;
}

/** "Story you'll appreciate: last July a church …": what comes before a colon only frames the story. */
function storyStart(doc: Doc, first: number, at: number): number {
  const colon = doc.text.lastIndexOf(':', doc.words[at]!.startAt);
  if (colon < doc.words[first]!.startAt) return first;
  let start = at;
  while (start > first && doc.words[start - 1]!.startAt > colon) start--;
  return start;
}

/** "We swapped it in an afternoon", "after moving to CabinetIQ it was under one". */
function fixedBy(doc: Doc, first: number, end: number): boolean {
  const { words } = doc;
  for (let at = first; at < end - 1; at++) {
    const text = words[at]!.folded;
    if (AFTER.has(text) && MOVING.has(words[at + 1]!.folded) && words[at + 2]?.folded === 'to') return true;
    // "… after we set up her float coverage"
    if (text === 'after' && WE_DID.has(words[at + 1]!.folded)) return true;
    if (WE_DID.has(text) && (isPastTense(words[at + 1]!.folded) || SAME_IN_THE_PAST.has(words[at + 1]!.folded))) return true;
    // "We had them cooling by 3pm", "we had it running again by noon"
    if (WE_DID.has(text) && words[at + 1]!.folded === 'had' && MADE_TO_RUN.has(words[at + 2]?.folded ?? '')) return true;
    // "six weeks after rolling out our shadow boards"
    if (AFTER.has(text) && words[at + 1]!.folded.endsWith('ing') && ourWithin(doc, at + 2, end)) return true;
  }
  return false;
}

/** Verbs whose past is spelled as their present: "we set them up with …", "we put in …". */
const SAME_IN_THE_PAST = wordSet('set put cut fit');
/** Whom or what "we had" set going again. */
const MADE_TO_RUN = wordSet('them it her him everything');
const OUR_REACH = 3;

function ourWithin(doc: Doc, from: number, end: number, reach = OUR_REACH): boolean {
  for (let at = from; at < Math.min(end, from + reach); at++) if (doc.words[at]!.folded === 'our') return true;
  return false;
}
