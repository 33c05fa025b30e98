import type { Doc } from './doc';
import type { Word } from './segment';

// Most of the coach's walkers look for a handful of trigger words ("please", "would", "your") and
// return at once on every other word: asking each of a note's words "are you one of these?" costs
// a set lookup a word a walker, about seventy walkers a note. Instead the doc's words are indexed
// by their text once, and a walker visits only the words it is looking for (none, in most notes).

type Texts = ReadonlySet<string> | string;

const NONE: readonly number[] = [];

/** The indexes of the doc's words whose (folded) text is `texts` or one of them, ascending. */
export function wordsIn(doc: Doc, texts: Texts): readonly number[] {
  const byText = doc.memo(wordsIn, () => indexOf(doc.words));
  if (typeof texts === 'string') return byText.get(texts) ?? NONE;
  return lookUp(byText, texts, doc.words);
}

/** Calls `visit` for each word whose text is in `texts`, in order: words.forEach restricted to them. */
export function forEachWordIn(doc: Doc, texts: Texts, visit: (word: Word, index: number) => void): void {
  const { words } = doc;
  for (const at of wordsIn(doc, texts)) visit(words[at] as Word, at);
}

/** flatMap over the words whose text is in `texts`, in order. */
export function flatMapWordsIn<U>(doc: Doc, texts: Texts, each: (word: Word, index: number) => U | readonly U[]): U[] {
  const { words } = doc;
  const out: U[] = [];
  for (const at of wordsIn(doc, texts)) {
    const result = each(words[at] as Word, at);
    if (isArray(result)) out.push(...result);
    else out.push(result);
  }
  return out;
}

const isArray = Array.isArray as <U>(value: U | readonly U[]) => value is readonly U[];

function indexOf(words: readonly Word[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  for (let at = 0; at < words.length; at++) {
    const text = (words[at] as Word).text;
    const positions = byText.get(text);
    if (positions) positions.push(at);
    else byText.set(text, [at]);
  }
  return byText;
}

/** Whichever is shorter is walked: the set's words looked up in the index, or the note's words in the set. */
function lookUp(byText: ReadonlyMap<string, number[]>, texts: ReadonlySet<string>, words: readonly Word[]): readonly number[] {
  if (texts.size >= byText.size) {
    const found: number[] = [];
    for (let at = 0; at < words.length; at++) if (texts.has((words[at] as Word).text)) found.push(at);
    return found.length ? found : NONE;
  }
  let found: number[] | undefined;
  let lists = 0;
  for (const text of texts) {
    const positions = byText.get(text);
    if (!positions) continue;
    found = found ? found.concat(positions) : positions;
    lists++;
  }
  if (!found) return NONE;
  return lists > 1 ? found.sort((a, b) => a - b) : found;
}
