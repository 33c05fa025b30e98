import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { namesADay } from './soft-asks';

const SCHEDULING = { phrase: 'a day or time proposed for a meeting', note: 'scheduling question', hard: true };
/** Words that ask whether a time fits: "does Thursday work?", "when's good?". */
const FITS = new Set(['work', 'works', 'suit', 'suits', 'good', 'free', 'ok', 'okay', 'convenient']);
const MEETINGS = new Set(['call', 'chat', 'meeting', 'zoom', 'teams', 'coffee', 'demo', 'meet']);
const WHEN = new Set(['when', "when's", 'whens']);

/**
 * "When's good for a 20-minute Teams call?", "Does Thursday at 2 work?", "Would Tuesday work for a
 * chat?": a question that books the reader's time by proposing when, whatever words the meeting takes.
 */
export function findSchedulingQuestions(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findSchedulingQuestions, () =>
    doc.sentences.flatMap((sentence, index) => {
      if (!sentence.question || sentence.endWord <= sentence.firstWord) return [];
      const words = doc.words.slice(sentence.firstWord, sentence.endWord);
      const fits = words.some((word) => FITS.has(word.text));
      const meeting = words.some((word) => MEETINGS.has(word.text));
      const when = words.some((word) => WHEN.has(word.text));
      const day = namesADay(doc, index, { weeks: true });
      if (!((day && (fits || meeting)) || (when && meeting && fits))) return [];
      const first = words[0];
      const last = words.at(-1);
      if (!first || !last) return [];
      return [{ phrase: SCHEDULING, first: sentence.firstWord, last: sentence.endWord - 1, range: [first.start, last.end] }];
    }),
  );
}
