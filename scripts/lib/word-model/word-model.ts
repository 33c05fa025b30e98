import type { Doc } from '../../../utils/coach/text/doc';
import { wordFeatures } from './word-features';

// A logistic regression over a note's words and word pairs, trained by scripts/train-word-model.ts
// on the labelled corpus (relational against transactional notes; borderline ones are left out).
// It only calibrates the rules' verdict: it can keep a note from `relational`, never push one toward
// `transactional` (measured by scripts/word-model-veto.ts; not wired into the coach).

export interface WordModel {
  bias: number;
  /** Positive weights lean relational, negative ones transactional. */
  weights: Readonly<Record<string, number>>;
}

export interface WordPull {
  key: string;
  weight: number;
  /** Word indices in doc.words. */
  first: number;
  last: number;
}

export interface WordReading {
  /** How likely the model thinks a note with these words is relational rather than transactional. */
  probability: number;
  /** The features it knew, strongest pull toward transactional first. */
  pulls: WordPull[];
}

export function readWords(doc: Doc, model: WordModel): WordReading {
  let z = model.bias;
  const pulls: WordPull[] = [];
  for (const feature of wordFeatures(doc)) {
    const weight = Object.hasOwn(model.weights, feature.key) ? model.weights[feature.key] : undefined;
    if (weight === undefined) continue;
    z += weight;
    pulls.push({ ...feature, weight });
  }
  pulls.sort((a, b) => a.weight - b.weight || a.first - b.first);
  return { probability: 1 / (1 + Math.exp(-z)), pulls };
}
