/** Lowercase without accents, so "José" is found by "jose". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct words of a name (or a query), folded: "Anne-Marie O'Neil" → anne, marie, o, neil. */
export function nameWords(text: string): string[] {
  return [...new Set(foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 50);
}
