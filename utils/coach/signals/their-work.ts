import type { Range } from '../schema';
import { SELF_OWNERS, THEIR_OWNERS, VAGUE_WORK_NOUNS, WORK_NOUNS } from '../phrases/their-work';
import type { Doc } from '../text/doc';
import { contentWords } from './tokens';

export interface WorkMention {
  range: Range;
  source: 'work' | 'headline' | 'company';
}

const LOOK_BACK = 3;
const INDEFINITE = new Set(['a', 'an', 'some', 'any']);
const DETAIL_LINKS = new Set(['on', 'about', 'at', 'in', 'for', 'with', 'from', 'to', 'around', 'where', 'that', 'you']);

/** Mentions of the reader's own work: "your talk on X", words of their headline or company. */
export function findTheirWork(doc: Doc): WorkMention[] {
  return doc.memo(findTheirWork, () => [...workNouns(doc), ...profileWords(doc)]);
}

function workNouns(doc: Doc): WorkMention[] {
  const { words } = doc;
  const mentions: WorkMention[] = [];
  words.forEach((word, index) => {
    if (!WORK_NOUNS.has(word.text)) return;
    const owner = ownerBefore(doc, index);
    if (owner === undefined) return;
    if (VAGUE_WORK_NOUNS.has(word.text) && !hasDetailAfter(doc, index)) return;
    const start = words[owner]?.start ?? word.start;
    mentions.push({ range: [start, word.end], source: 'work' });
  });
  return mentions;
}

function ownerBefore(doc: Doc, index: number): number | undefined {
  const sentence = doc.words[index]?.sentence;
  for (let back = index - 1; back >= Math.max(0, index - LOOK_BACK); back--) {
    const word = doc.words[back];
    if (!word || word.sentence !== sentence) return undefined;
    if (SELF_OWNERS.has(word.text) || INDEFINITE.has(word.text)) return undefined;
    if (THEIR_OWNERS.has(word.text)) return back;
  }
  return undefined;
}

function hasDetailAfter(doc: Doc, index: number): boolean {
  const next = doc.words[index + 1];
  const after = doc.words[index + 2];
  return !!next && !!after && next.sentence === doc.words[index]?.sentence && DETAIL_LINKS.has(next.text);
}

function profileWords(doc: Doc): WorkMention[] {
  const { headline, company } = doc.draft.recipient;
  const headlineWords = new Set(contentWords(headline).filter((word) => word.length >= 4));
  const companyWords = new Set(contentWords(company));
  const mentions: WorkMention[] = [];
  for (const word of doc.words) {
    if (companyWords.has(word.text)) mentions.push({ range: [word.start, word.end], source: 'company' });
    else if (headlineWords.has(word.text)) mentions.push({ range: [word.start, word.end], source: 'headline' });
  }
  return mentions;
}
