/**
 * A set of single words written as one space-separated list: `wordSet('send share forward')`, a long
 * one as lines joined with `+` (comments between them). The coaching UI ships about 400 of these
 * sets; written all alike as lists of words they gzip about 0.9 KB smaller than as arrays of quoted
 * strings (converting only some of them makes the file larger).
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** The words of a space-separated list, in order: `wordList('program scheme bonus')`. */
export function wordList(words: string): string[] {
  return words.split(' ');
}
