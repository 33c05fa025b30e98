import { WRITER_WORDS } from '../phrases/pronouns';
import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { offersValue } from './phrase-sets';
import { findPitches } from './pitches';

/** "if you need", "if you ever want", "if your apprentice needs": the reader's need, set as the condition. */
const NEEDING = new Set(['need', 'needs', 'want', 'wants']);
const BETWEEN = new Set(['ever', 'still', 'do', 'does', 'happen']);
const OWNER_REACH = 2;
/** What says the writer gives, not sells: free, unpaid, lent, brought, shared, gladly. */
const GIVING = new Set([
  'free', 'unpaid', 'gladly', 'happy', 'glad', 'lend', 'bring', 'share', 'pass', 'drop', 'show', 'cover',
]);
/** "If you need a hand": the need named is help itself. */
const HELP = new Set(['help', 'hand']);

/**
 * "If you need cover while you're off, I'm about and happy to do a few unpaid", "I have a projector I
 * don't use, if you need it for the meetups I can bring it, for free", "free to a good home if your
 * apprentice needs one": something of the writer's, offered on the reader's need. Not in a note that
 * sells, nor beside a price: "if you need an electrician, our rates start at £40" is a pitch.
 */
export function findConditionalOffers(doc: Doc): Range[] {
  return doc.memo(findConditionalOffers, () => {
    const { words } = doc;
    const found: Range[] = [];
    const listed = new Set(offersValue.find(doc).map((match) => words[match.first]?.sentence));
    for (let at = 0; at < words.length; at++) {
      if (words[at]!.text !== 'if') continue;
      const need = needAfter(doc, at);
      if (need < 0) continue;
      const sentence = doc.sentences[words[at]!.sentence];
      // "If you ever want help reading a spec, ping me": the listed offer already says it.
      if (!sentence || listed.has(words[at]!.sentence)) continue;
      let writer = false;
      let giving = HELP.has(words[need + 1]?.text ?? '') || (words[need + 1]?.text === 'a' && words[need + 2]?.text === 'hand');
      let priced = false;
      for (let index = sentence.firstWord; index < sentence.endWord; index++) {
        const text = words[index]!.text;
        if (WRITER_WORDS.has(text)) writer = true;
        if (GIVING.has(text)) giving = true;
        if (startsWithDigit(text)) priced = true;
      }
      if (priced || !giving || !(writer || words.slice(sentence.firstWord, sentence.endWord).some((word) => word.text === 'free')))
        continue;
      if (findPitches(doc).length > 0) return [];
      found.push([sentence.start, words[sentence.endWord - 1]!.end]);
    }
    return found;
  });
}

/** The word "need" or "want" after "if you (ever)" or "if your <one or two words>", or -1. */
function needAfter(doc: Doc, at: number): number {
  const { words } = doc;
  const sentence = words[at]!.sentence;
  let next = at + 1;
  if (words[next]?.text === 'you') {
    next++;
    while (BETWEEN.has(words[next]?.text ?? '')) next++;
  } else if (words[next]?.text === 'your') {
    next += 2;
    for (let reach = 0; reach < OWNER_REACH && words[next] && !NEEDING.has(words[next]!.text); reach++) next++;
  } else return -1;
  const word = words[next];
  return word && word.sentence === sentence && NEEDING.has(word.text) ? next : -1;
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}
