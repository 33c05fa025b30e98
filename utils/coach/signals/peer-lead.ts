import { memoizedPerDoc, type Doc } from '../text/doc';
import { compilePhrases } from '../text/phrase-matcher';

/** The writer's own word put in for the reader: a referral, not a recruiter's submission ("refer you to my client"). */
const REFERRING = compilePhrases([
  { phrase: 'refer you', unlessNext: ['to'] },
  'put your name forward',
  'pass your resume',
  'pass your cv',
  'walk your resume',
]);
/** The reader free to pass: "if you're not looking, ignore this entirely", "either way". */
const LEFT_TO_THEM = compilePhrases(['not looking', 'ignore this', 'no pressure', 'either way', 'no worries if not']);

/**
 * "My team is hiring a data engineer, band $145–165k … If you're not looking, ignore this. If you are,
 * I'm happy to refer you directly": an opening a peer passes on, the writer's referral offered and
 * the reader free to pass. A recruiter's "we're hiring, $21/hr, great kitchen" offers neither.
 */
export const peerJobLead = memoizedPerDoc(
  (doc: Doc): boolean => REFERRING.find(doc).length > 0 && LEFT_TO_THEM.find(doc).length > 0,
);
