import { NOT_ASKING_FOR_TIME } from '../phrases/asks';
import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { asks } from './phrase-sets';
import { findQualifyingQuestions } from './qualifying-questions';
import { outsideTopics } from './topics';

const TIME_UNITS = new Set(['minutes', 'mins', 'min']);

/**
 * Asks of the reader, except where the words only name the topic of their work, or a span of time
 * tells a story ("you spent 20 minutes", "they went in about 20 minutes"). A qualifying question
 * counts once, unless a listed ask already sits inside it.
 */
export function findAsks(doc: Doc): readonly PhraseMatch[] {
  return doc.memo(findAsks, () => {
    const listed = outsideTopics(doc, asks.find(doc)).filter((match) => {
      if (!TIME_UNITS.has(doc.words[match.last]?.text ?? '')) return true;
      return !NOT_ASKING_FOR_TIME.has(doc.words[match.first - 1]?.text ?? '');
    });
    const questions = findQualifyingQuestions(doc).filter(
      (question) => !listed.some((match) => match.first >= question.first && match.first <= question.last),
    );
    return [...listed, ...questions].sort((a, b) => a.first - b.first);
  });
}
