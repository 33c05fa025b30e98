import { FAVOUR_FILLERS, FAVOUR_MODALS, FAVOUR_VERBS, NOT_A_REQUEST_BEFORE } from '../phrases/asks';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';

const FAVOUR = { phrase: 'could / can / would you + a favour', note: 'favour asked by its shape' };
/** "could you possibly just sign": at most this many fillers between "you" and the verb. */
const FILLER_REACH = 2;

/**
 * "Could you get me a speaking slot?", "would you mind voting?", "can you sign and send it round?":
 * a favour asked of the reader by the shape of the sentence, whatever it is for. A question or a
 * "please" sentence only, and only where the modal opens the clause ("let me know if you could sign"
 * leaves it to them).
 */
export function findFavourRequests(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findFavourRequests, () => {
    const { words } = doc;
    const found: PhraseMatch[] = [];
    words.forEach((modal, at) => {
      if (!FAVOUR_MODALS.has(modal.text) || words[at + 1]?.text !== 'you') return;
      const sentence = doc.sentences[modal.sentence];
      if (!sentence) return;
      const asking = sentence.question || words.slice(sentence.firstWord, sentence.endWord).some((w) => w.text === 'please');
      if (!asking) return;
      const before = words[at - 1];
      if (before && before.sentence === modal.sentence && NOT_A_REQUEST_BEFORE.has(before.text)) return;
      let verb = at + 2;
      while (verb < at + 2 + FILLER_REACH && FAVOUR_FILLERS.has(words[verb]?.text ?? '')) verb++;
      const last = words[verb];
      if (!last || last.sentence !== modal.sentence || !FAVOUR_VERBS.has(last.text)) return;
      found.push({ phrase: FAVOUR, first: at, last: verb, range: [modal.start, last.end] });
    });
    return found;
  });
}
