import { WRITER_WORDS } from '../phrases/pronouns';
import type { Doc } from '../text/doc';
import { wordSet } from '../text/word-set';

/** Words after a result that hand the credit to the reader. */
const CREDIT_WORDS = wordSet('thanks thank because helped inspired');
/** "… from your post", "… after you shared it", "… after reading your thread". */
const SOURCE_WORDS = wordSet('after from via');
const READER = wordSet('you your');
const SOURCE_REACH = 2;

/**
 * Whether the sentence, after word `at`, credits the reader: "we got 40 signups from your post",
 * "we cut our deploy time by 40% after reading your post", "the garden you helped plan". A result
 * told as thanks is not a result sold; "we supply X for your next project" credits no one.
 */
export function creditsReader(doc: Doc, at: number): boolean {
  const { words } = doc;
  const sentence = doc.sentences[words[at]?.sentence ?? -1];
  if (!sentence) return false;
  if (theirThingIsTheSubject(doc, sentence.firstWord, at)) return true;
  // "your thesis on recycled aggregate helped me in a bid, we saved nearly 12%": the credit comes first.
  for (let index = sentence.firstWord; index < at; index++) {
    if (!CREDIT_WORDS.has(words[index]?.folded ?? '')) continue;
    // Their thing is the subject: no "we" or "I" comes between ("your app is smooth … we have helped" sells).
    for (let back = index - 1; back >= sentence.firstWord; back--) {
      const text = words[back]?.folded ?? '';
      if (WRITER_WORDS.has(text)) break;
      if (READER.has(text)) return true;
    }
  }
  for (let index = at + 1; index < sentence.endWord; index++) {
    const text = words[index]?.folded ?? '';
    if (CREDIT_WORDS.has(text)) return true;
    if (!SOURCE_WORDS.has(text)) continue;
    for (let next = index + 1; next <= index + SOURCE_REACH && next < sentence.endWord; next++)
      if (READER.has(words[next]?.folded ?? '')) return true;
  }
  return false;
}

/** What the reader made or handed over, named as theirs by the deed: "the checklist you sent me". */
const GIVEN_BY_THEM = wordSet('sent made wrote shared built gave created published posted designed');

/** "as you shared, we now have …": a clause of theirs opens the sentence, no thing of theirs is named. */
const CLAUSE_OPENERS = wordSet('like as since if when after before because once that');

/**
 * "the ETS checklist you sent me is now pinned in our group, 400+ downloads": the sentence is about
 * their thing, named before the writer says anything of their own, so the count is its reach.
 */
function theirThingIsTheSubject(doc: Doc, first: number, at: number): boolean {
  const { words } = doc;
  for (let index = first; index < at; index++) {
    const text = words[index]?.folded ?? '';
    if (WRITER_WORDS.has(text)) return false;
    if (text === 'you' && index > first && !CLAUSE_OPENERS.has(words[index - 1]!.folded) && GIVEN_BY_THEM.has(words[index + 1]?.folded ?? ''))
      return true;
  }
  return false;
}
