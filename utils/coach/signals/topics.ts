import type { Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { findStrongWorkMentions } from './their-work';

const TOPIC_LINKS = new Set(['on', 'about', 'around', 'regarding', 'covering']);
const MAX_TOPIC_WORDS = 8;
const CLAUSE_BREAKS = [',', ';', ':', '—', '–', '(', ')', '!', '?', '.'];

/**
 * Word spans that name the topic of their work: "your post on [lead generation for nonprofits]".
 * A phrase there is what they wrote about, not what this note is doing.
 */
export function topicSpans(doc: Doc): Array<readonly [number, number]> {
  return doc.memo(topicSpans, () =>
    findStrongWorkMentions(doc).flatMap((mention) => {
      const after = doc.words.findIndex((word) => word.start >= mention.range[1]);
      const link = doc.words[after];
      if (after < 0 || !link || !TOPIC_LINKS.has(link.text)) return [];
      let last = after;
      while (last + 1 < doc.words.length && last - after < MAX_TOPIC_WORDS && !breaksClause(doc, last))
        last++;
      return [[after + 1, last] as const];
    }),
  );
}

function breaksClause(doc: Doc, index: number): boolean {
  const word = doc.words[index];
  const next = doc.words[index + 1];
  if (!word || !next || word.sentence !== next.sentence) return true;
  const between = doc.text.slice(word.end, next.start);
  return CLAUSE_BREAKS.some((mark) => between.includes(mark));
}

/** Drops matches that sit inside the topic of their work. */
export function outsideTopics(doc: Doc, matches: readonly PhraseMatch[]): PhraseMatch[] {
  const spans = topicSpans(doc);
  if (spans.length === 0) return [...matches];
  return matches.filter(
    (match) => !spans.some(([first, last]) => match.first >= first && match.last <= last),
  );
}
