import type { Doc } from '../text/doc';
import { saysItCostsNothing } from './commerce-shapes';
import { linkGiveCues } from './phrase-sets';
import { wordSet } from '../text/word-set';

/** Passing a thing on to others, not doing the writer a favour. */
const PASSING_ON = wordSet('share forward circulate spread');
/** "please share my profile", "please forward your CV": a thing of someone's named, not passed on. */
const SOMEONES = wordSet('my our your me us');

/**
 * "Our free dental day is Saturday … Please share if useful!": a free thing, passed on if it serves
 * others. "I wrote a post, please share it if useful" still asks for my reach; a pitch, a fundraiser
 * or a job hunt reads as one by its own rules.
 */
export function passedOnIfUseful(doc: Doc, verbAt: number): boolean {
  const { words } = doc;
  const verb = words[verbAt]!;
  if (!PASSING_ON.has(verb.folded) || SOMEONES.has(words[verbAt + 1]?.folded ?? '')) return false;
  if (!linkGiveCues.find(doc).some((cue) => cue.firstAt > verbAt && words[cue.firstAt]!.sentence === verb.sentence))
    return false;
  return saysItCostsNothing(doc);
}
