import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { wordSet } from '../text/word-set';

/** Doing a call, holding a meeting: the gathering as something that happens. */
const HOLDING = wordSet('doing having holding hosting running');
/** Who holds it, when not the writer: "the 3rd platoon guys are doing a call Sunday". */
const OTHERS = wordSet('guys they platoon squad crew folks everyone boys girls lads class cohort');
const SUBJECT_REACH = 4;

/**
 * "The 3rd platoon guys are doing a call Sunday for Mendez's anniversary": a gathering others hold,
 * which the reader may join, is no time asked of them. "We're hosting a call for founders" still
 * asks: the writer's own.
 */
export function othersMeeting(doc: Doc, match: PhraseMatch): boolean {
  const { words } = doc;
  const verb = match.firstAt - 1;
  if (!HOLDING.has(words[verb]?.folded ?? '')) return false;
  const sentence = words[match.firstAt]!.sentence;
  for (let at = verb - 1; at >= verb - SUBJECT_REACH && words[at]?.sentence === sentence; at--)
    if (OTHERS.has(words[at]!.folded)) return true;
  return false;
}
