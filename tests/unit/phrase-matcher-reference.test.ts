import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftSchema } from '@/utils/coach/schema';
import * as phraseSets from '@/utils/coach/signals/phrase-sets';
import { prepareDoc, type Doc } from '@/utils/coach/text/doc';
import { compilePhrases, phraseTokens, type Phrase, type PhraseSet } from '@/utils/coach/text/phrase-matcher';
import { loadRows } from '../../scripts/lib/labelled-corpus';

// The phrase matcher walks a tree of every list's words. The reference here is the plain reading it
// replaced: each phrase of a set tried at each word, word-led phrases before "_"-led ones, then
// leftmost-longest. On every note of the main corpus and on tricky text, every set finds the same.

interface Plain {
  index: number;
  phrase: Phrase;
  tokens: string[];
}

const plainReadings = new Map<readonly Phrase[], { byHead: Map<string, Plain[]>; wildcard: Plain[] }>();

function plainReading(phrases: readonly Phrase[]) {
  let reading = plainReadings.get(phrases);
  if (!reading) {
    reading = { byHead: new Map(), wildcard: [] };
    for (const [index, phrase] of phrases.entries()) {
      const plain = { index, phrase, tokens: phraseTokens(phrase.phrase) };
      const head = plain.tokens[0] ?? '';
      if (head === '_') reading.wildcard.push(plain);
      else reading.byHead.set(head, [...(reading.byHead.get(head) ?? []), plain]);
    }
    plainReadings.set(phrases, reading);
  }
  return reading;
}

function reference(doc: Doc, phrases: readonly Phrase[]): Array<[number, number, number, number, number]> {
  const { words } = doc;
  const { byHead, wildcard } = plainReading(phrases);
  const all: Array<{ index: number; first: number; last: number; start: number; end: number }> = [];
  for (let first = 0; first < words.length; first++) {
    if (words[first - 1]?.hyphenNext) continue;
    for (const { index, phrase, tokens } of [...(byHead.get(words[first]?.folded ?? '') ?? []), ...wildcard]) {
      const last = first + tokens.length - 1;
      const lastWord = words[last];
      if (!lastWord || lastWord.hyphenNext || lastWord.sentence !== words[first]?.sentence) continue;
      if (!tokens.every((token, offset) => token === '_' || token === words[first + offset]?.folded)) continue;
      const next = words[last + 1];
      if (next && next.sentence === lastWord.sentence && phrase.unlessNext?.includes(next.folded)) continue;
      all.push({ index, first, last, start: words[first]?.startAt ?? 0, end: lastWord.endAt });
    }
  }
  const kept: typeof all = [];
  for (const match of [...all].sort((a, b) => a.first - b.first || b.last - a.last)) {
    const previous = kept.at(-1);
    if (!previous || match.first > previous.last) kept.push(match);
  }
  return kept.map((m) => [m.index, m.first, m.last, m.start, m.end]);
}

const found = (set: PhraseSet, doc: Doc) =>
  set.find(doc).map((m) => [set.phrases.indexOf(m.phrase), m.firstAt, m.lastAt, m.range[0], m.range[1]]);

const sets = Object.entries(phraseSets).filter(
  (entry): entry is [string, PhraseSet] => typeof entry[1] === 'object' && entry[1] !== null && 'find' in entry[1],
);
const docOf = (text: string) => prepareDoc(draftSchema.parse({ text }));
const corpus = loadRows(fileURLToPath(new URL('../corpus/', import.meta.url))).map((row) => row.text);
const TRICKY = [
  'I’d love to hop on a quick call-out call. Quick call! A 20 minute call? a referral program, a referral. Program',
  'like-minded people; like minded-people\nfollow-up call — a follow up call',
  '',
  '👋🏽 Hi!!! 你好 — שלום',
];

describe('the phrase matcher against the plain reading', () => {
  test('the lists are there', () => expect(sets.length).toBeGreaterThan(20));

  test('every set finds what the plain reading finds, on the corpus and tricky text', () => {
    for (const text of [...corpus, ...TRICKY]) {
      const doc = docOf(text);
      for (const [name, set] of sets) {
        const expected = reference(doc, set.phrases);
        // toEqual only where they differ: thousands of deep comparisons would be most of the test's time.
        if (JSON.stringify(found(set, doc)) !== JSON.stringify(expected)) expect(found(set, doc), `${name}: ${text}`).toEqual(expected);
      }
    }
  });

  test('overlapping and wildcard phrases of one set, in any order', () => {
    const phrases: Phrase[] = [
      { phrase: '_ minute call' }, { phrase: 'a _ minute' }, { phrase: 'quick call' }, { phrase: 'a quick call' },
      { phrase: 'a quick' }, { phrase: '_ _ call' }, { phrase: 'quick call' }, // the same words twice
      { phrase: 'a referral', unlessNext: ['program'] }, { phrase: 'call' },
    ];
    const set = compilePhrases(phrases);
    for (const text of ['a 20 minute call', 'a quick call', 'so a quick call now', 'a referral program', 'a referral. Program', 'call call call']) {
      const doc = docOf(text);
      expect(found(set, doc), text).toEqual(reference(doc, phrases));
    }
  });
});
