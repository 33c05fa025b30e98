import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';
import { findPitches } from './pitches';

const YOU_ARE = wordSet("you're youre");
/** Where their day might take them: "in Leeds", "out that way", "passing Kings Heath", "back home". */
const NEARBY = wordSet('in out passing around near back through by down up over');

/**
 * "If you're ever passing Kings Heath, pop in", "a few of us grab a coffee on Wednesdays if you're
 * ever out that way": a door left open for when they happen to be near asks no time of them, as long
 * as nothing in the note sells.
 */
export function openDoorWhenNear(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const sentence = doc.sentences[words[match.firstAt]?.sentence ?? -1];
  if (!sentence || sentence.question) return false;
  for (let at = sentence.firstWord; at + 3 < sentence.endWord; at++) {
    if (words[at]!.folded !== 'if') continue;
    const you = words[at + 1]!.folded;
    const [ever, near] = YOU_ARE.has(you)
      ? [words[at + 2]!.folded, words[at + 3]!.folded]
      : you === 'you' && words[at + 2]!.folded === 'are'
        ? [words[at + 3]!.folded, words[at + 4]?.folded ?? '']
        : ['', ''];
    if (ever === 'ever' && NEARBY.has(near)) return findPitches(doc).length === 0;
  }
  return false;
}
