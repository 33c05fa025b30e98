import type { Range } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { forEachWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

const HANDING_ON = wordSet('give pass send forward share');
const SOMEONE_ELSE = wordSet('her him them');
/** Which of theirs the writer would hand on: their number, their email, their name. */
const THEIR_WAYS_IN = wordSet('number phone email e-mail contact contacts details info name whatsapp card');
const WAY_IN_REACH = 2;

const findHandedOnKey = memoKey();

/**
 * "A buyer asked for someone who embroiders and I thought of you. Can I give her your phone number?",
 * "Could I send him your info?", "want me to give her your number?": someone who wants what they do,
 * and the writer asking leave to hand their details on. A lead passed to them, not an ask of them.
 */
export function findHandedOn(doc: Doc): Range[] {
  return doc.cached(findHandedOnKey, findHandedOnAfresh);
}

function findHandedOnAfresh(doc: Doc): Range[] {
  const { words } = doc;
  const found: Range[] = [];
  forEachWordIn(doc, HANDING_ON, (word, at) => {
    // "Can I", "could I", "okay if I", "want me to": the writer asks leave.
    const before = words[at - 1]?.folded;
    if (before !== 'i' && !(before === 'to' && words[at - 2]?.folded === 'me')) return;
    if (!SOMEONE_ELSE.has(words[at + 1]?.folded ?? '') || words[at + 2]?.folded !== 'your') return;
    for (let thing = at + 3; thing <= at + 2 + WAY_IN_REACH; thing++) {
      const next = words[thing];
      if (!next || next.sentence !== word.sentence) return;
      if (THEIR_WAYS_IN.has(next.folded)) {
        found.push([word.startAt, next.endAt]);
        return;
      }
    }
  });
  return found;
}
