import { STOPWORDS } from '../phrases/stopwords';
import { segmentWords } from '../text/segment';

/** The distinctive words of a short text (a headline, a company, an offer). */
export function contentWords(text: string | undefined): string[] {
  if (!text) return [];
  return segmentWords(text)
    .map((word) => word.folded)
    .filter((word) => word.length >= 2 && !STOPWORDS.has(word));
}
