import { WRITER_POSSESSIVES } from '../phrases/pronouns';
import { MY_THINGS, OTHER_SUBJECTS, REQUEST_SUBJECTS, REQUEST_VERBS } from '../phrases/hard-asks';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { forEachWordIn } from '../text/word-index';
import { passedOnIfUseful } from './passed-on';
import { datedInThePast } from './tense';
import { wordSet } from '../text/word-set';
import { VERB_DENIALS } from '../phrases/negation';
import { MODALS } from '../phrases/modals';

const VERB_REACH = 4;
const OBJECT_REACH = 2;
/**
 * A clause of theirs that "you" opens: a wish ("if you'd like it", "use it however you want, share
 * it"), or a time ("before you sign it").
 */
const THEIR_CLAUSE = wordSet('if before after when until once while however whenever whatever wherever');
const OFFERED = wordSet('it them one');
/** "What actually helps you read it fairly?": their own act, asked about, not asked for. */
const ENABLING = wordSet('helps help lets makes');
const REQUEST = { phrase: 'you … review / share / check … my / it' }; // request for my thing

const findRequestsForMineKey = memoKey();

/**
 * "What do you think about reviewing it on your blog?", "please check it", "would you be willing to
 * review my proposal": the reader asked to act on the writer's thing, whatever the wording.
 * "Thank you for sharing it" thanks them, so "you for" is skipped.
 */
export function findRequestsForMine(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findRequestsForMineKey, findRequestsForMineAfresh);
}

function findRequestsForMineAfresh(doc: Doc): readonly PhraseMatch[] {
  const { words } = doc;
  const found: PhraseMatch[] = [];
  const inSentence = (from: number, at: number) =>
    words[at] !== undefined && words[at]?.sentence === words[from]?.sentence;
  forEachWordIn(doc, REQUEST_SUBJECTS, (word, subject) => {
    if (!REQUEST_SUBJECTS.has(word.folded) || words[subject + 1]?.folded === 'for') return;
    // "We've saved you a seat if you'd like it": their wish, not my request; "before you sign it": their own act, timed.
    if (THEIR_CLAUSE.has(words[subject - 1]?.folded ?? '') || ENABLING.has(words[subject - 1]?.folded ?? '')) return;
    // "You may share it with your team freely": leave given, not asked for.
    if (words[subject + 1]?.folded === 'may' && !doc.sentences[word.sentence]?.question) return;
    for (let verb = subject + 1; verb <= subject + VERB_REACH && inSentence(subject, verb); verb++) {
      // "Thank you, I'm sharing it with my team": someone else acts, so it asks nothing of them.
      // "… a seat for you if you'd like it": a new clause, whose wish is theirs.
      if (OTHER_SUBJECTS.has(words[verb]?.folded ?? '') || words[verb]?.folded === 'if') return;
      // "you don't need to join my group", "please, don't buy it": what they need not, or should not, do.
      if (VERB_DENIALS.has(words[verb]?.folded ?? '')) return;
      if (!REQUEST_VERBS.has(words[verb]?.folded ?? '')) continue;
      // "You read it with such care, even the footnotes": told of them, not asked; "would you read it?" asks.
      if (verb === subject + 1 && word.folded === 'you' && !doc.sentences[word.sentence]?.question && !MODALS.has(words[subject - 1]?.folded ?? ''))
        return;
      if (passedOnIfUseful(doc, verb)) return;
      // "Would you like me to send the slides?", "would you like my spreadsheet of postings?", "would
      // you like our glossary?" offer; they ask nothing of them ("would you like my rate card?" is
      // found as the seller's material).
      if (words[verb]?.folded === 'like' && (words[verb + 2]?.folded === 'to' || WRITER_POSSESSIVES.has(words[verb + 1]?.folded ?? ''))) return;
      // "I have a free ticket and cannot go. Would you like it?": the thing just offered, asked if wanted.
      if (words[verb]?.folded === 'like' && OFFERED.has(words[verb + 1]?.folded ?? '') && !inSentence(subject, verb + 2)) return;
      for (let object = verb + 1; object <= verb + OBJECT_REACH && inSentence(subject, object); object++) {
        const last = words[object];
        if (last && MY_THINGS.has(last.folded)) {
          // "you review my very first PR in 2019": told in a second language's present tense, dated.
          if (datedInThePast(doc, subject)) return;
          found.push({ phrase: REQUEST, firstAt: subject, lastAt: object, range: [word.startAt, last.endAt] });
          return;
        }
      }
      return;
    }
  });
  return found;
}
