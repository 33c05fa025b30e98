import { analyze } from '../../../utils/coach';
import { restsOnWhatItSays } from '../../../utils/coach/word-model/second-reading';
import { draftOf, type Row } from '../labelled-corpus';

/**
 * A note the rules alone call a transaction for what it says: where the second reading may soften
 * the verdict, and so what the softening model learns from. Over the limit is muted as in the
 * corpus tests: the corpus's invitations are judged on their words.
 */
export function isSofteningCandidate(row: Row): boolean {
  const analysis = analyze(draftOf(row), { mutedRules: ['over-limit'] });
  return analysis.verdict === 'transactional' && restsOnWhatItSays(analysis.findings);
}
