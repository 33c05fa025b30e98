import { SELF_WORDS } from '../phrases/pronouns';
import { memoKey, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordsIn } from '../text/word-index';
import { jobSeeking } from './phrase-sets';
import { wordSet } from '../text/word-set';

const SEARCH_SHAPE = { phrase: "I'm exploring … roles" }; // job search
/** A job, as a seeker or a recruiter names one. */
export const JOB_NOUNS: ReadonlySet<string> = wordSet(
  'role roles opportunity opportunities position positions job jobs openings vacancies',
);
const SEARCHING = wordSet('exploring seeking searching pursuing considering hunting looking open');
/** Opportunities that are not a job: "exploring partnership opportunities" is a business's, not a search. */
const NOT_A_JOB = wordSet(
  'partnership partnerships collaboration collaborative speaking investment sponsorship volunteer ' +
  'volunteering mentoring mentorship business growth learning funding research',
);
/** Words that may stand between the search and the job: "exploring remote QA roles", "open for new opportunities". */
const MODIFIER_REACH = 3;
const SUBJECT_REACH = 3;

const findJobSearchesKey = memoKey();

/**
 * A job search in the writer's voice: the listed phrases, and the shape "I'm (currently) exploring
 * ops roles", "I am open for new opportunities in embedded Linux", whatever stands between.
 */
export function findJobSearches(doc: Doc): readonly PhraseMatch[] {
  return doc.cached(findJobSearchesKey, findJobSearchesAfresh);
}

function findJobSearchesAfresh(doc: Doc): readonly PhraseMatch[] {
  const listed = jobSeeking.find(doc);
  const found: PhraseMatch[] = [...listed];
  const { words } = doc;
  for (const at of wordsIn(doc, JOB_NOUNS)) {
    // "opportunities to collaborate": what the opportunity is for, not a job.
    if (words[at + 1]?.folded === 'to' && words[at + 1]!.sentence === words[at]!.sentence) continue;
    const search = searchBefore(doc, at);
    if (search < 0 || !writerSearches(doc, search)) continue;
    if (listed.some((match) => match.firstAt <= at && search <= match.lastAt)) continue;
    found.push({ phrase: SEARCH_SHAPE, firstAt: search, lastAt: at, range: [words[search]!.startAt, words[at]!.endAt] });
  }
  return found.sort((a, b) => a.firstAt - b.firstAt);
}

/** The searching word a few modifiers before the job noun, or -1. */
function searchBefore(doc: Doc, job: number): number {
  const { words } = doc;
  for (let back = job - 1; back >= Math.max(0, job - 1 - MODIFIER_REACH); back--) {
    const word = words[back]!;
    if (word.sentence !== words[job]!.sentence || NOT_A_JOB.has(word.folded)) return -1;
    if (SEARCHING.has(word.folded)) return back;
  }
  return -1;
}

/** "I'm currently exploring", "I am open": the writer is the one searching. */
function writerSearches(doc: Doc, search: number): boolean {
  const { words } = doc;
  for (let back = search - 1; back >= Math.max(0, search - SUBJECT_REACH); back--) {
    const word = words[back]!;
    if (word.sentence !== words[search]!.sentence) return false;
    if (SELF_WORDS.has(word.folded) || word.folded === 'im') return true;
  }
  return false;
}
