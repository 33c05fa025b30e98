import { memoizedPerDoc, type Doc } from '../text/doc';
import type { PhraseMatch } from '../text/phrase-matcher';
import { findStrongWorkMentions } from './their-work';
import { flatMap } from '../text/flat-map';
import { forEachWordIn } from '../text/word-index';
import { wordList, wordSet } from '../text/word-set';
import { PICTOGRAPH } from '../patterns';

const TOPIC_LINKS = wordSet('on about around regarding covering');
const MAX_TOPIC_WORDS = 8;
const CLAUSE_BREAKS = wordList(', ; : — – ( ) ! ? .');

/**
 * Word spans that name the topic of their work: "your post on [lead generation for nonprofits]".
 * A phrase there is what they wrote about, not what this note is doing.
 */
export function topicSpans(doc: Doc): Array<readonly [number, number]> {
  return topicSpansOf(doc);
}

// Asked for several times a note: kept at hand for the note being read.
const topicSpansOf = memoizedPerDoc((doc: Doc): Array<readonly [number, number]> => {
  const afterWork = findStrongWorkMentions(doc).map((mention) =>
    doc.words.findIndex((word) => word.startAt >= mention.range[1]),
  );
  return flatMap([...afterWork, ...afterTheirWords(doc)], (after) => {
    const link = doc.words[after];
    if (after < 0 || !link || !TOPIC_LINKS.has(link.folded)) return [];
    let last = after;
    while (last + 1 < doc.words.length && last - after < MAX_TOPIC_WORDS && !breaksClause(doc, last))
      last++;
    return [[after + 1, last] as const];
  });
});

/** Words of the reader speaking openly: "you spoke about", "for being so honest about". */
const THEY_SPOKE = wordSet('spoke talked wrote posted open honest candid frank transparent');
const READER_WORDS = wordSet("you you've you're your");
/** How far back the reader may stand: "thank you for being so open about". */
const READER_REACH = 4;

/** The index of the word after each place the reader speaks about something: the topic link. */
function afterTheirWords(doc: Doc): number[] {
  const found: number[] = [];
  forEachWordIn(doc, THEY_SPOKE, (word, index) => {
    if (!THEY_SPOKE.has(word.folded) || !TOPIC_LINKS.has(doc.words[index + 1]?.folded ?? '')) return;
    for (let at = index - 1; at >= Math.max(0, index - READER_REACH); at--) {
      const before = doc.words[at];
      if (!before || before.sentence !== word.sentence) return;
      if (READER_WORDS.has(before.folded)) {
        found.push(index + 1);
        return;
      }
    }
  });
  return found;
}

function breaksClause(doc: Doc, index: number): boolean {
  const word = doc.words[index];
  const next = doc.words[index + 1];
  if (!word || !next || word.sentence !== next.sentence) return true;
  const between = doc.text.slice(word.endAt, next.startAt);
  return CLAUSE_BREAKS.some((mark) => between.includes(mark)) || emojiAfter(doc, index);
}

/** "your posts about team culture 🙂 my contract is ending": an emoji closes a thought like a full stop. */
export function emojiAfter(doc: Doc, index: number): boolean {
  const word = doc.words[index];
  const next = doc.words[index + 1];
  return !!word && !!next && PICTOGRAPH.test(doc.text.slice(word.endAt, next.startAt));
}

/** Drops matches that sit inside the topic of their work. */
export function outsideTopics(doc: Doc, matches: readonly PhraseMatch[]): PhraseMatch[] {
  const spans = topicSpans(doc);
  if (spans.length === 0) return [...matches];
  return matches.filter(
    (match) => !spans.some(([first, last]) => match.firstAt >= first && match.lastAt <= last),
  );
}
