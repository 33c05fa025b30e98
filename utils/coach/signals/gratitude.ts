import type { Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { thanks } from './phrase-sets';
import { isCapitalised } from '../text/case';
import { flatMap } from '../text/flat-map';
import { wordsIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

/** Thanks for nothing in particular ("thanks for connecting", "thank you for your time"). */
const ROUTINE_THANKS = wordSet(
  'connecting connect accept accepted accepting considering reading listening adding replying looking ' +
  'having taking any checking',
);
const ROUTINE_OBJECTS = wordSet(
  'time consideration attention connection connect follow add invite invitation reply response help ' +
  'support patience ' +
  // "Thank you for your service": said to every veteran.
  'service',
);

const findGratitudeKey = memoKey();

/** Thanks for something particular they did: appreciation is a gift. */
export function findGratitude(doc: Doc): Range[] {
  return doc.cached(findGratitudeKey, findGratitudeAfresh);
}

function findGratitudeAfresh(doc: Doc): Range[] {
  return [...thanksOpened(doc), ...thanksNamed(doc)];
}

function thanksOpened(doc: Doc): Range[] {
  return flatMap(thanks.find(doc), (match) => {
    const next = doc.words[match.lastAt + 1];
    const object = doc.words[match.lastAt + 2];
    if (!next || ROUTINE_THANKS.has(next.folded)) return [];
    // "I'd be so grateful for your vote": thanks in advance for what the note asks.
    if (inAdvance(doc, match.firstAt)) return [];
    if ((next.folded === 'your' || next.folded === 'the') && (!object || (ROUTINE_OBJECTS.has(object.folded) && !onAnOccasion(doc, match.lastAt + 3))))
      return [];
    const end = object && (next.folded === 'your' || next.folded === 'the') ? object.endAt : next.endAt;
    return [[match.range[0], end] as Range];
  });
}

/** "your help during my internship at the port", "your support through chemo": help at a time they share. */
const OCCASION = wordSet('during through throughout when while after last');
const HELPFUL = wordSet('help support patience');

function onAnOccasion(doc: Doc, at: number): boolean {
  const word = doc.words[at];
  return !!word && HELPFUL.has(doc.words[at - 1]?.folded ?? '') && word.sentence === doc.words[at - 1]!.sentence && OCCASION.has(word.folded);
}

const NAME_REACH = 2;

/** "thank Davie for standing in the rain with us": thanks sent through a name, for a deed. */
function thanksNamed(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  for (const at of wordsIn(doc, 'thank')) {
    for (let name = at + 1; name <= at + NAME_REACH; name++) {
      const word = words[name];
      if (!word || word.sentence !== words[at]!.sentence || !isCapitalised(word.raw)) break;
      const next = words[name + 1];
      if (next?.folded !== 'for' || next.sentence !== word.sentence) continue;
      const deed = words[name + 2];
      if (deed && deed.sentence === word.sentence && !ROUTINE_THANKS.has(deed.folded) && !inAdvance(doc, at))
        found.push([words[at]!.startAt, deed.endAt]);
      break;
    }
  }
  return found;
}

/** Words that make thanks conditional: "I would be grateful", "we'd really appreciate". */
const CONDITIONAL = wordSet("would i'd we'd will i'll we'll wd");
const CONDITIONAL_REACH = 4;

export function inAdvance(doc: Doc, first: number): boolean {
  const sentence = doc.words[first]?.sentence;
  for (let at = first - 1; at >= Math.max(0, first - CONDITIONAL_REACH); at--) {
    const word = doc.words[at];
    if (!word || word.sentence !== sentence) return false;
    if (CONDITIONAL.has(word.folded)) return true;
  }
  return false;
}
