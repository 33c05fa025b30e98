import { memoizedPerDoc, type Doc } from '../text/doc';
import { compilePhrases, type PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';
import { unhurried } from './phrase-sets';

/** The writer's own word put in for the reader: a referral, not a recruiter's submission ("refer you to my client"). */
const REFERRING = compilePhrases([
  { phrase: 'refer you', unlessNext: ['to'] },
  'put your name forward',
  'pass your resume',
  'pass your cv',
  'pass your profile',
  'walk your resume',
]);
/** The reader free to pass: "if you're not looking, ignore this entirely", "either way", or unhurried ("no rush"). */
const LEFT_TO_THEM = compilePhrases(['not looking', 'ignore this', 'no pressure', 'either way']);

/**
 * "My team is hiring a data engineer, band $145–165k … If you're not looking, ignore this. If you are,
 * I'm happy to refer you directly": an opening a peer passes on, the writer's referral offered and
 * the reader free to pass. A recruiter's "we're hiring, $21/hr, great kitchen" offers neither.
 */
export const peerJobLead = memoizedPerDoc(
  (doc: Doc): boolean => REFERRING.find(doc).length > 0 && (LEFT_TO_THEM.find(doc).length > 0 || unhurried.find(doc).length > 0),
);

/** What a peer's lead asks for so it can be passed on (pitches.ts reads the same). */
export const RESUMES: ReadonlySet<string> = wordSet('cv resume');

/** "Just send me your CV whenever you are ready" after a peer's lead: the CV goes on for them, not to a recruiter. */
export function resumeForTheirLead(doc: Doc, match: PhraseMatch): boolean {
  return [match.lastAt, match.lastAt + 1].some((at) => RESUMES.has(doc.words[at]?.folded ?? '')) && peerJobLead(doc);
}
