import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { namesADay } from './soft-asks';
import { flatMap } from '../text/flat-map';
import { hasWordIn } from '../text/word-index';
import { wordSet } from '../text/word-set';

const SCHEDULING = { phrase: 'a day or time proposed for a meeting', hard: true }; // scheduling question
/** Words that ask whether a time fits: "does Thursday work?", "when's good?". */
const FITS = wordSet('work works suit suits good better free ok okay convenient');
const MEETINGS = wordSet('call chat meeting zoom teams coffee demo meet');
const WHEN = wordSet("when when's whens");
/** "I tried the day pass this week and more people came, weird right?": a statement with a tag, asking nothing. */
const TAGGED = wordSet('right eh huh');

const findSchedulingQuestionsKey = memoKey();

/**
 * "When's good for a 20-minute Teams call?", "Does Thursday at 2 work?", "Would Tuesday work for a
 * chat?": a question that books the reader's time by proposing when, whatever words the meeting takes.
 */
export function findSchedulingQuestions(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findSchedulingQuestionsKey, findSchedulingQuestionsAfresh);
}

function findSchedulingQuestionsAfresh(doc: Doc): readonly PhraseMatch[] {
  return flatMap(doc.sentences, (sentence, index) => {
    if (!sentence.question || sentence.endWord <= sentence.firstWord) return [];
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    const { firstWord, endWord } = sentence;
    const fits = hasWordIn(doc, FITS, firstWord, endWord);
    const meeting = hasWordIn(doc, MEETINGS, firstWord, endWord);
    const when = hasWordIn(doc, WHEN, firstWord, endWord);
    const day = namesADay(doc, index, { weeks: true });
    if (!((day && (fits || meeting)) || (when && meeting && fits))) return [];
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || TAGGED.has(last.folded)) return [];
    return [{ phrase: SCHEDULING, firstAt: sentence.firstWord, lastAt: sentence.endWord - 1, range: [first.startAt, last.endAt] }];
  });
}

const MEETING_PROPOSED = { phrase: 'a meeting proposed in a question' }; // meeting question
/** Not coffee: "would you be up for a coffee when you're back?" offers company (rules/soft-asks.test.ts). */
const TALKS = wordSet('chat call meeting zoom catchup demo conversation convo');
/** "Was it a good call?" is a decision judged, "a great chat" one remembered. */
const JUDGED = wordSet('good great nice lovely bad tough right wrong smart fun');
/** "a quick 15-min chat": a few words may describe the meeting. */
const TALK_REACH = 4;
/** "after a call with your team?", "how was the coffee": a meeting told of, not proposed. */
const TOLD = wordSet('had was after from on during since in like');
const INTEREST = wordSet('interested interest');

const findMeetingQuestionsKey = memoKey();

/** "Interested in a chat?", "Up for a call next month?": a meeting proposed, however the question opens. */
export function findMeetingQuestions(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findMeetingQuestionsKey, findMeetingQuestionsAfresh);
}

function findMeetingQuestionsAfresh(doc: Doc): readonly PhraseMatch[] {
  return flatMap(doc.sentences, (sentence) => {
    if (!sentence.question) return [];
    for (let at = sentence.firstWord; at < sentence.endWord; at++) {
      const article = doc.words[at];
      if (!article || (article.folded !== 'a' && article.folded !== 'an')) continue;
      const before = doc.words[at - 1]?.folded ?? '';
      // "interested in a chat?" proposes one; "I was in a call" tells of one.
      if (TOLD.has(before) && !(before === 'in' && INTEREST.has(doc.words[at - 2]?.folded ?? ''))) continue;
      for (let noun = at + 1; noun <= at + TALK_REACH && noun < sentence.endWord; noun++) {
        const word = doc.words[noun];
        if (word && JUDGED.has(word.folded)) break;
        if (!word || !TALKS.has(word.folded)) continue;
        return [{ phrase: MEETING_PROPOSED, firstAt: at, lastAt: noun, range: [article.startAt, word.endAt] }];
      }
    }
    return [];
  });
}
