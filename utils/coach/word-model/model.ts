import { z } from 'zod/mini';
import type { Range } from '../schema';
import type { Doc } from '../text/doc';
import { listWord, UNLISTED, wordNumbers } from '../text/vocabulary';
import { spelled, wordFeatures } from './features';

// A logistic regression over a note's words and word pairs, trained by scripts/train-word-model.ts
// on the labelled corpus (relational against transactional notes), its weights committed as data
// (weights.json). The rules give the findings; the model only calibrates a verdict that rests on
// one finding (see second-reading.ts). Pure: it reads the doc and the weights, nothing else.

const MAX_FEATURES = 5_000;
const MAX_KEY_LENGTH = 120;
const MAX_WEIGHT = 50;

/** The committed weights file, checked before it is used: the coaching UI loads it as a module. */
export const wordModelFileSchema = z
  .object({
    version: z.literal(1),
    bias: z.number().check(z.gte(-MAX_WEIGHT), z.lte(MAX_WEIGHT)),
    weights: z
      .record(
        z.string().check(z.minLength(1), z.maxLength(MAX_KEY_LENGTH)),
        z.number().check(z.gte(-MAX_WEIGHT), z.lte(MAX_WEIGHT)),
      )
      .check(z.refine((weights) => Object.keys(weights).length <= MAX_FEATURES, `at most ${MAX_FEATURES} features`)),
  });

export type WordModelFile = z.infer<typeof wordModelFileSchema>;

export interface WordModel {
  readonly bias: number;
  /** Positive weights lean relational, negative ones transactional. */
  readonly weights: ReadonlyMap<string, number>;
  /** The same weights by a pair's first word, so a note's words and pairs are read without spelling out a pair. */
  readonly byWord: ReadonlyMap<string, WordWeights>;
  /**
   * The same again by the word's number in the coach's vocabulary (every word of a key is listed
   * there), so a note's words, numbered once for the rules, need no second lookup by their text.
   */
  readonly byNumber: ReadonlyArray<WordWeights | undefined>;
}

/** What a word weighs alone and as the first of a pair. */
interface WordWeights extends Counted {
  readonly weight: number | undefined;
  /** By the pair's next word. */
  readonly pairs: Map<string, PairWeight> | undefined;
  /** The same pairs by the next word's number in the vocabulary. */
  readonly pairsByNumber: Map<number, PairWeight> | undefined;
}

interface PairWeight extends Counted {
  readonly weight: number;
}

/** Each weight counts once a note: it is stamped with the number of the reading that counted it. */
interface Counted {
  countedIn: number;
}

const NOT_COUNTED = -1;

export class WordModelError extends TypeError {
  override readonly name = 'WordModelError';
}

/** The weights file as a model, or a clear error naming what does not fit. */
export function readWordModel(raw: unknown): WordModel {
  const parsed = wordModelFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WordModelError(`word model: ${issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'does not fit'}`);
  }
  const weights = new Map(Object.entries(parsed.data.weights));
  const byWord = byFirstWord(weights);
  return { bias: parsed.data.bias, weights, byWord, byNumber: byNumberOf(byWord) };
}

function byNumberOf(byWord: ReadonlyMap<string, WordWeights>): Array<WordWeights | undefined> {
  const numbered: Array<[number, WordWeights]> = [];
  for (const [word, weighs] of byWord) {
    numbered.push([listWord(word), weighs]);
    if (weighs.pairs) for (const [next, pair] of weighs.pairs) weighs.pairsByNumber?.set(listWord(next), pair);
  }
  // Filled to its length first: an array written at scattered indexes would be kept as a dictionary.
  const length = numbered.reduce((most, [number]) => Math.max(most, number + 1), 0);
  const byNumber = new Array<WordWeights | undefined>(length).fill(undefined);
  for (const [number, weighs] of numbered) byNumber[number] = weighs;
  return byNumber;
}

function byFirstWord(weights: ReadonlyMap<string, number>): Map<string, WordWeights> {
  const byWord = new Map<
    string,
    { weight: number | undefined; pairs: WordWeights['pairs']; pairsByNumber: WordWeights['pairsByNumber']; countedIn: number }
  >();
  const entryOf = (word: string) => {
    let entry = byWord.get(word);
    if (!entry) byWord.set(word, (entry = { weight: undefined, pairs: undefined, pairsByNumber: undefined, countedIn: NOT_COUNTED }));
    return entry;
  };
  for (const [key, weight] of weights) {
    const space = key.indexOf(' ');
    // A word read from a note has no space; a key that opens with one matches nothing.
    if (space < 0) entryOf(key).weight = weight;
    else if (space > 0) {
      const entry = entryOf(key.slice(0, space));
      entry.pairsByNumber ??= new Map();
      (entry.pairs ??= new Map()).set(key.slice(space + 1), { weight, countedIn: NOT_COUNTED });
    }
  }
  return byWord;
}

/** A word or pair of the note and how far it pulled (negative: toward transactional). */
export interface Pull {
  key: string;
  weight: number;
  range: Range;
}

export interface WordReading {
  /** How likely the model thinks a note with these words is relational rather than transactional. */
  probability: number;
  /** The note's features with negative weights, strongest pull first. */
  pulls: Pull[];
  /** Its features with positive weights, strongest first. */
  lifts: Pull[];
}

/** Numbers each call, so a weight stamped with the current one has been counted (no set to fill and clear). */
let readings = 0;

/**
 * The probability alone, on the keystroke path: only words and pairs that have a weight are looked
 * at, each counted once, summed in reading order as `readWords` sums them.
 */
export function relationalProbability(doc: Doc, model: WordModel): number {
  const { byWord, byNumber } = model;
  const words = doc.words;
  const numbers = wordNumbers(doc);
  const reading = readings++;
  let z = model.bias;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const weighs = weightsOf(byWord, byNumber, word.folded, numbers[index]!);
    if (weighs === undefined) continue;
    if (weighs.weight !== undefined && weighs.countedIn !== reading) {
      weighs.countedIn = reading;
      z += weighs.weight;
    }
    if (weighs.pairs === undefined) continue;
    const next = words[index + 1];
    if (!next || next.sentence !== word.sentence) continue;
    const nextText = spelled(next.folded);
    const nextNumber = numbers[index + 1]!;
    const pair =
      nextText === next.folded && weighs.pairsByNumber
        ? nextNumber === UNLISTED
          ? undefined
          : weighs.pairsByNumber.get(nextNumber)
        : weighs.pairs.get(nextText);
    if (pair !== undefined && pair.countedIn !== reading) {
      pair.countedIn = reading;
      z += pair.weight;
    }
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * `byWord.get(spelled(text))`: a word without digits is spelled as it is written, and every word of
 * the model is in the vocabulary, so its number in the doc finds it; a word with digits ("20-min")
 * is spelled and looked up.
 */
function weightsOf(
  byWord: ReadonlyMap<string, WordWeights>,
  byNumber: ReadonlyArray<WordWeights | undefined>,
  text: string,
  number: number,
): WordWeights | undefined {
  const key = spelled(text);
  if (key !== text) return byWord.get(key);
  return number === UNLISTED ? undefined : byNumber[number];
}

/** The probability and what pulled each way, for a finding that quotes it. */
export function readWords(doc: Doc, model: WordModel): WordReading {
  let z = model.bias;
  const pulls: Pull[] = [];
  const lifts: Pull[] = [];
  for (const { key, range } of wordFeatures(doc)) {
    const weight = model.weights.get(key);
    if (weight === undefined) continue;
    z += weight;
    if (weight < 0) pulls.push({ key, weight, range });
    else if (weight > 0) lifts.push({ key, weight, range });
  }
  pulls.sort((a, b) => a.weight - b.weight || a.range[0] - b.range[0]);
  lifts.sort((a, b) => b.weight - a.weight || a.range[0] - b.range[0]);
  return { probability: 1 / (1 + Math.exp(-z)), pulls, lifts };
}
