import type { Range } from '../schema';
import { OTHER_WORDS } from '../phrases/pronouns';
import { memoKey, type Doc } from '../text/doc';
import { hasWordIn } from '../text/word-index';
import { OPEN_QUESTION_WORDS, PHATIC_GOES_ON, PHATIC_TAIL, QUESTION_LEAD_IN } from '../phrases/questions';
import { GENERIC_YOURS, SELF_OWNERS } from '../phrases/their-work';
import { askingSentences } from './hooks';
import { curiosity, phaticQuestions, questionsForAnyone } from './phrase-sets';
import { findStrongWorkMentions } from './their-work';
import { wordSet } from '../text/word-set';

/** "could you give me …", "would you introduce us": the question is for my benefit. */
const OBJECT_SELF = wordSet('me us');
/** What brings my things into a question: an owner but "i", or me and us. */
const ABOUT_ME: ReadonlySet<string> = new Set([...[...SELF_OWNERS].filter((word) => word !== 'i'), ...OBJECT_SELF]);

const findGenuineQuestionsKey = memoKey();

/** Questions about the reader and their work, and curiosity said as a statement; never an ask in disguise. */
export function findGenuineQuestions(doc: Doc): Range[] {
  return doc.cached(findGenuineQuestionsKey, findGenuineQuestionsAfresh);
}

function findGenuineQuestionsAfresh(doc: Doc): Range[] {
  const blocked = askingSentences(doc);
  const questions: Range[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (!sentence.question || blocked.has(index) || isPleasantry(doc, sentence.endWord)) return;
    if (fitsAnyone(doc, sentence.firstWord, sentence.endWord)) return;
    const words = doc.words.slice(sentence.firstWord, sentence.endWord);
    const first = words[0];
    const last = words.at(-1);
    const aboutThem = hasWordIn(doc, OTHER_WORDS, sentence.firstWord, sentence.endWord);
    // A question that brings in my things ("would you review my proposal?") is a request.
    const aboutMe = hasWordIn(doc, ABOUT_ME, sentence.firstWord, sentence.endWord);
    if (first && last && aboutThem && !aboutMe && isOpen(words)) questions.push([first.startAt, last.endAt]);
  });
  for (const match of curiosity.find(doc)) {
    if (blocked.has(doc.words[match.firstAt]?.sentence ?? -1) || aboutAnything(doc, match.lastAt)) continue;
    questions.push(match.range);
  }
  return questions.sort((a, b) => a[0] - b[0]);
}

/** How many words a question may open with before its question word ("Hi Ana, so how …"). */
const LEAD_IN = 4;

/**
 * An open question (how, what, why, …) or a choice ("… in kharif or rabi?"): "Are you open to …",
 * "Do you have any …" and "Would you like a demo?" qualify a prospect; they are not curiosity.
 */
function isOpen(words: readonly Doc['words'][number][]): boolean {
  const opening = words.slice(0, LEAD_IN + 1);
  return (
    opening.some((word) => OPEN_QUESTION_WORDS.has(word.folded)) || words.some((word) => word.folded === 'or')
  );
}

/** "I'd love to learn more about your business": curiosity about nothing in particular. */
function aboutAnything(doc: Doc, last: number): boolean {
  const next = doc.words[last + 1];
  const after = doc.words[last + 2];
  if (!next) return true;
  if (next.folded === 'your' && (!after || GENERIC_YOURS.has(after.folded))) return true;
  return (
    next.folded === 'what' && after?.folded === 'you' && QUESTION_LEAD_IN.has(doc.words[last + 3]?.folded ?? '')
  );
}

/** "How are you?", "How are things at Orbit?": a pleasantry ending the sentence, not a question about their work. */
function isPleasantry(doc: Doc, endWord: number): boolean {
  const sentence = doc.words[endWord - 1]?.sentence;
  return phaticQuestions.find(doc).some((match) => {
    if (match.lastAt >= endWord || doc.words[match.lastAt]?.sentence !== sentence) return false;
    const tail = endWord - 1 - match.lastAt;
    return tail === 0 || (tail <= PHATIC_TAIL && PHATIC_GOES_ON.has(doc.words[match.lastAt + 1]?.folded ?? ''));
  });
}

/** A question that fits anyone, in a note that names nothing particular of theirs before it. */
function fitsAnyone(doc: Doc, firstWord: number, endWord: number): boolean {
  const generic = questionsForAnyone
    .find(doc)
    .some((match) => match.firstAt >= firstWord && match.lastAt < endWord);
  if (!generic) return false;
  const start = doc.words[firstWord]?.startAt ?? 0;
  return !findStrongWorkMentions(doc).some((mention) => mention.range[1] <= start);
}
