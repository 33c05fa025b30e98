/**
 * `items.flatMap(each)` as a plain loop, with the same result: an array returned by `each` is spread
 * one level, anything else is kept as it is. V8 runs Array.prototype.flatMap generically (not
 * inlined, every element read through the generic property path), which over a note's words costs
 * about ten times a loop; the coach's walkers run on every word of every note.
 */
export function flatMap<T, U>(items: readonly T[], each: (item: T, index: number) => U | readonly U[]): U[] {
  const out: U[] = [];
  for (let index = 0; index < items.length; index++) {
    const result = each(items[index] as T, index);
    if (isArray(result)) {
      for (let at = 0; at < result.length; at++) out.push(result[at] as U);
    } else out.push(result);
  }
  return out;
}

const isArray = Array.isArray as <U>(value: U | readonly U[]) => value is readonly U[];
