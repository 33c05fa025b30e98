import type { Doc } from '../text/doc';
import { wordSet } from '../text/word-set';

const READER_BE = wordSet("you you'd u");
const ASKED_IF = wordSet('are were');

/**
 * Whether the offering word at `at` ("happy", "glad") is the reader's willingness asked: "would you
 * be happy to write a review of my book?", "are you happy to share …", "if you're glad to …". "I'd be
 * happy to write the letter" is the writer's offer.
 */
export function theirWillingness(doc: Doc, at: number): boolean {
  const text = (back: number) => {
    const word = doc.words[at - back];
    return word && word.sentence === doc.words[at]?.sentence ? word.folded : '';
  };
  if (text(1) === 'be') return READER_BE.has(text(2)) || READER_BE.has(text(3));
  if (text(1) === "you're") return true;
  return text(1) === 'you' && ASKED_IF.has(text(2));
}
