import { memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { WRITER_POSSESSIVES } from '../phrases/pronouns';
import { wordSet } from '../text/word-set';

/** The people a shop, a firm or a venue serves. */
const CUSTOMERS = wordSet('customers clients guests shoppers patrons diners regulars buyers visitors');
/** What a product does for them when it is put before them. */
const MEETING_IT = wordSet('discover try taste love enjoy sample like appreciate');
/** Words that may stand between them and the verb: "would really enjoy", "might also like", "to try". */
const HOPING = wordSet('would will could might may can to really also just definitely surely');
const VERB_REACH = 3;
/** What is put before them: the writer's thing ("them", "it", "our tarts"), not their own ("your menu"). */
const THE_WRITERS_THING = wordSet('it them this these our my');

const SHAPE = { phrase: "the writer's product put before the reader's customers" }; // their customers

/**
 * "It would be a joy for us that your customers discover it", "I think your clients would enjoy
 * them": a product of the writer's placed before the reader's customers is a sale to the reader,
 * however warmly said. The writer's own thing must be named in that sentence or the one before,
 * so "your new patio is lovely, your guests will love it" stays praise of theirs.
 */
export const findTheirCustomersPitched = memoizedPerDoc((doc: Doc): readonly PhraseMatch[] => {
  const found: PhraseMatch[] = [];
  const { words } = doc;
  for (let at = 1; at < words.length; at++) {
    if (!CUSTOMERS.has(words[at]!.folded) || words[at - 1]!.folded !== 'your') continue;
    const sentence = doc.sentences[words[at]!.sentence]!;
    if (sentence.question) continue;
    const verbAt = meetingVerbAfter(doc, at, sentence.endWord);
    if (verbAt < 0 || !THE_WRITERS_THING.has(words[verbAt + 1]?.folded ?? '')) continue;
    if (!writersThingNamed(doc, words[at]!.sentence)) continue;
    found.push({ phrase: SHAPE, firstAt: at - 1, lastAt: verbAt + 1, range: [words[at - 1]!.startAt, words[verbAt + 1]!.endAt] });
  }
  return found;
});

function meetingVerbAfter(doc: Doc, at: number, endWord: number): number {
  for (let next = at + 1; next < Math.min(endWord, at + 1 + VERB_REACH); next++) {
    const text = doc.words[next]!.folded;
    if (MEETING_IT.has(text)) return next;
    if (!HOPING.has(text)) return -1;
  }
  return -1;
}

/** "our galette", "my cards", "we have just finished": the writer's own thing, in this sentence or the one before. */
function writersThingNamed(doc: Doc, sentenceAt: number): boolean {
  const first = doc.sentences[Math.max(0, sentenceAt - 1)]!.firstWord;
  const end = doc.sentences[sentenceAt]!.endWord;
  for (let at = first; at < end; at++) if (WRITER_POSSESSIVES.has(doc.words[at]!.folded)) return true;
  return false;
}
