/**
 * A set of single words written as one space-separated list: `wordSet('send share forward')`. The
 * coaching UI ships hundreds of these sets; as lists of words they gzip about 0.5 KB smaller than as
 * arrays of quoted strings.
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** The words of a space-separated list, in order: `wordList('program scheme bonus')`. */
export function wordList(words: string): string[] {
  return words.split(' ');
}
