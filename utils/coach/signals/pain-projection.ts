import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { forEachWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

const PAIN_PROJECTED = { phrase: "I'd imagine you deal with the same headaches" }; // a pain put on the reader after our story
const GUESSING = wordSet('imagine bet guess guessing assume suspect');
const SUFFERING = wordSet(
  'deal deals dealing face faces facing struggle struggles struggling hit hits fight fights fighting ' +
  'wrestle wrestles wrestling run runs running',
);
const PAINS = wordSet('headaches headache pain pains challenges problems issues struggles bottlenecks');
const OUR_VOICE = wordSet("we we've we're our");
/** Someone we served, in the story before: "a plant manager", "one client", "a firm like yours". */
const SERVED = wordSet(
  'client clients customer customers manager managers company companies firm firms business businesses ' +
  'owner owners director directors founder founders brand brands',
);
const VERB_REACH = 4;
const PAIN_REACH = 8;

const findPainProjectionsKey = memoKey();

/**
 * "We placed two vets from our pipeline and turnover dropped to zero. I'd imagine Dunmore Foods deals
 * with some of the same staffing headaches": a client's story, then the reader guessed to share its
 * pain. The guess is the pitch's hook; without a story of ours about someone we served before it
 * ("we moved our lab … I imagine you face the same issues") it is only sympathy.
 */
export function findPainProjections(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findPainProjectionsKey, findPainProjectionsAfresh);
}

function findPainProjectionsAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  forEachWordIn(doc, GUESSING, (word, guess) => {
    if (!GUESSING.has(word.folded)) return;
    const verb = nextIn(doc, guess, VERB_REACH, SUFFERING);
    const pain = verb < 0 ? -1 : nextIn(doc, verb, PAIN_REACH, PAINS);
    if (pain < 0 || !ourStoryBefore(doc, word.sentence)) return;
    found.push({ phrase: PAIN_PROJECTED, firstAt: guess, lastAt: pain, range: [word.startAt, words[pain]!.endAt] });
  });
  return found;
}

function nextIn(doc: Doc, from: number, reach: number, table: ReadonlySet<string>): number {
  const { words } = doc;
  for (let at = from + 1; at <= from + reach && words[at]?.sentence === words[from]!.sentence; at++)
    if (table.has(words[at]!.folded)) return at;
  return -1;
}

/** We, and someone we served, in the sentences before the guess. */
function ourStoryBefore(doc: Doc, sentence: number): boolean {
  return storyToldBy(doc) < sentence;
}

const storyToldByKey = memoKey();

/** The sentence by whose end the note has said both "we" and someone served (Infinity if never). */
function storyToldBy(doc: Doc): number {
  return doc.cached(storyToldByKey, storyToldByAfresh);
}

function storyToldByAfresh(doc: Doc): number {
  let we = false;
  let served = false;
  for (const word of doc.words) {
    if (OUR_VOICE.has(word.folded)) we = true;
    if (SERVED.has(word.folded)) served = true;
    if (we && served) return word.sentence;
  }
  return Number.POSITIVE_INFINITY;
}
