import type { Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { WEEKDAYS } from '../phrases/time-words';
import { recipientNameSet } from './recipient-name';

/** Capitalised words that say nothing particular on their own. */
const COMMON_CAPITALS = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'linkedin',
  'sir',
  'madam',
  'dear',
  'hi',
  'hello',
  'hey',
  'mr',
  'mrs',
  'ms',
  'dr',
  ...WEEKDAYS,
  'asap',
  'roi',
  'ceo',
  'cto',
  'b2b',
  'saas',
  'hr',
  'xxx',
  'name',
  'firstname',
  'company',
  'thanks',
  'thank',
  'regards',
  'best',
  'cheers',
  'ps',
  'p.s',
  'ok',
  'okay',
]);

const findProperNounsKey = memoKey();

/** Capitalised words past the start of a sentence: names of events, tools, places. Not the reader's name. */
export function findProperNouns(doc: Doc): Range[] {
  return doc.cached(findProperNounsKey, findProperNounsAfresh);
}

function findProperNounsAfresh(doc: Doc): Range[] {
  const names = recipientNameSet(doc);
  const found: Range[] = [];
  doc.words.forEach((word, index) => {
    const code = word.raw.charCodeAt(0);
    // Most words open with an ASCII letter, whose case is told by its code.
    if (code < 0x80 ? code < 0x41 || code > 0x5a : word.raw[0] === word.raw[0]?.toLowerCase()) return;
    if (COMMON_CAPITALS.has(word.folded) || names.has(word.folded)) return;
    const sentence = doc.sentences[word.sentence];
    if (sentence && sentence.firstWord === index) return;
    if (startsLine(doc.text, word.startAt) || afterGreeting(doc, index)) return;
    found.push([word.startAt, word.endAt]);
  });
  return found;
}

function startsLine(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const char = text[at];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t') return false;
  }
  return true;
}

/** "Hi Sam," names someone; it is not a detail of their work. */
function afterGreeting(doc: Doc, index: number): boolean {
  const previous = doc.words[index - 1]?.folded;
  return previous === 'hi' || previous === 'hello' || previous === 'hey' || previous === 'dear';
}
