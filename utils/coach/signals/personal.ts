import type { Context } from '../schema';
import { memoKey, type Doc } from '../text/doc';
import { findHelpDone } from './gives';
import { findGratitude } from './gratitude';
import { findOffersUsed } from './offers-used';
import { findLongTermIntent } from './long-term';
import { findSharedContext } from './shared-context';
import { findProperNouns } from './proper-nouns';
import { findGenuineQuestions } from './questions';
import { findEarnedWorkMentions } from './hooks';
import { findTheirWork } from './their-work';

/** "keep following your work", "keep reading what you write": intent about their work, not "learn from you". */
function aboutTheirWork(doc: Doc, last: number): boolean {
  const word = doc.words[last]?.folded;
  return word === 'your' || (word === 'you' && doc.words[last - 1]?.folded === 'what');
}

const isPersonalKey = memoKey();

/** The note shows it was written for this reader: their work, shared context, a real question. */
export function isPersonal(doc: Doc, context: Context): boolean {
  return doc.cached(
    isPersonalKey,
    () =>
      findEarnedWorkMentions(doc).some(
        (mention) => mention.source !== 'headline' && mention.source !== 'company',
      ) ||
      findSharedContext(doc).length > 0 ||
      findGenuineQuestions(doc).length > 0 ||
      findGratitude(doc).length > 0 ||
      findHelpDone(doc).length > 0 ||
      findOffersUsed(doc, context).length > 0 ||
      findLongTermIntent(doc).some((match) => aboutTheirWork(doc, match.lastAt)),
  );
}

/** Looser: anything particular at all, such as their field or a named event. Used only to stay quiet. */
export function mentionsSomethingSpecific(doc: Doc, context: Context): boolean {
  return (
    isPersonal(doc, context) ||
    findTheirWork(doc).length > 0 ||
    findProperNouns(doc).length > 0 ||
    findLongTermIntent(doc).length > 0
  );
}
