import { SHARED_IN_NAME_ONLY } from '../phrases/shared-context';
import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { sharedContext, sharedIfNamed } from './phrase-sets';
import { findProperNouns } from './proper-nouns';

/** How far after "we're both" or "a mutual friend" a name may come. */
const NAME_WINDOW = 6;
const DEFINITE_LINKS = new Set(['on', 'at']);
/** Capitalised words before "suggested we connect" that are not a person who knows you both. */
const NOT_A_NAME = new Set(['linkedin', 'i', 'he', 'she', 'they', 'we', 'it', 'someone', 'algorithm']);

/** Context the two people share, with something particular named (an event, a school, a person). */
export function findSharedContext(doc: Doc): Range[] {
  return doc.memo(findSharedContext, () => {
    const names = findProperNouns(doc);
    const named = sharedIfNamed.find(doc).filter((match) => {
      const last = doc.words[match.last];
      const next = doc.words[match.last + 1];
      if (!last || (next && next.sentence === last.sentence && SHARED_IN_NAME_ONLY.has(next.text))) return false;
      // "we're both on the netball board", "at the Friday clinic": a particular one, and how.
      const definite = !!next && DEFINITE_LINKS.has(next.text) && doc.words[match.last + 2]?.text === 'the';
      const windowEnd = doc.words[Math.min(doc.words.length - 1, match.last + NAME_WINDOW)]?.end ?? last.end;
      const before = doc.words[match.first - 1];
      const namedBefore =
        !!before &&
        before.sentence === last.sentence &&
        before.raw[0] !== before.raw[0]?.toLowerCase() &&
        !NOT_A_NAME.has(before.text);
      const namedAfter = names.some(
        ([start]) => start > last.start && start < windowEnd && doc.words.find((w) => w.start === start)?.sentence === last.sentence,
      );
      const figureAfter = doc.words
        .slice(match.last + 1, match.last + 1 + NAME_WINDOW)
        .some((word) => word.sentence === last.sentence && [...word.text].some((c) => c >= '0' && c <= '9'));
      return definite || namedBefore || namedAfter || figureAfter;
    });
    return [...sharedContext.find(doc), ...named].map((match) => match.range).sort((a, b) => a[0] - b[0]);
  });
}
