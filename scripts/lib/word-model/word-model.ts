import type { Doc } from '../../../utils/coach/text/doc';
import { wordFeatures } from './word-features';

// A logistic regression over a note's words and word pairs, trained by ./training.ts on the
// labelled corpus (relational against transactional notes; borderline ones are left out).
// scripts/word-model-veto.ts measures it as a veto that may keep a note from `relational`; it is not
// wired into the coach (utils/coach/README.md, session 8).

export interface WordModel {
  bias: number;
  /** Positive weights lean relational, negative ones transactional. */
  weights: Readonly<Record<string, number>>;
}

/** How likely the model thinks a note with these words is relational rather than transactional. */
export function relationalProbability(doc: Doc, model: WordModel): number {
  let z = model.bias;
  for (const key of wordFeatures(doc)) z += Object.hasOwn(model.weights, key) ? (model.weights[key] ?? 0) : 0;
  return 1 / (1 + Math.exp(-z));
}
