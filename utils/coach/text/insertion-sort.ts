/**
 * Sorts in place, stably, by insertion: for a note's few items that come nearly in order (findings,
 * mentions, phrase matches) it allocates nothing, where `Array.prototype.sort` would copy.
 */
export function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let at = 1; at < items.length; at++) {
    const item = items[at] as T;
    let to = at;
    while (to > 0 && compare(items[to - 1] as T, item) > 0) {
      items[to] = items[to - 1] as T;
      to--;
    }
    items[to] = item;
  }
}
