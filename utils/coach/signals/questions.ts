import type { Range } from '../schema';
import { OTHER_WORDS } from '../phrases/pronouns';
import { SELF_OWNERS } from '../phrases/their-work';
import type { Doc } from '../text/doc';
import { findAsks } from './asks';
import { curiosity, jobSeeking, requestOpeners, salesPitch } from './phrase-sets';

/** "could you give me …", "would you introduce us": the question is for my benefit. */
const OBJECT_SELF = new Set(['me', 'us']);

/** Questions about the reader and their work, and curiosity said as a statement; never an ask in disguise. */
export function findGenuineQuestions(doc: Doc): Range[] {
  return doc.memo(findGenuineQuestions, () => {
    const blocked = new Set(
      [...findAsks(doc), ...requestOpeners.find(doc), ...salesPitch.find(doc), ...jobSeeking.find(doc)].map(
        (match) => doc.words[match.first]?.sentence,
      ),
    );
    const questions: Range[] = [];
    doc.sentences.forEach((sentence, index) => {
      if (!sentence.question || blocked.has(index)) return;
      const words = doc.words.slice(sentence.firstWord, sentence.endWord);
      const first = words[0];
      const last = words.at(-1);
      const aboutThem = words.some((word) => OTHER_WORDS.has(word.text));
      // A question that brings in my things ("would you review my proposal?") is a request.
      const aboutMe = words.some(
        (word) => (SELF_OWNERS.has(word.text) && word.text !== 'i') || OBJECT_SELF.has(word.text),
      );
      if (first && last && aboutThem && !aboutMe) questions.push([first.start, last.end]);
    });
    for (const match of curiosity.find(doc)) {
      if (!blocked.has(doc.words[match.first]?.sentence)) questions.push(match.range);
    }
    return questions.sort((a, b) => a[0] - b[0]);
  });
}
