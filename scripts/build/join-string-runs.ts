import { parseSync, Visitor, type ESTree } from 'vite';
import { applyEdits, type Edit } from './apply-edits';

/**
 * The coach's phrase lists are long arrays of string literals (`["a quick call","quick call",…]`),
 * some mixed with objects (`{phrase:…,hard:!0}`). Written as one string split once, each literal's
 * quotes and comma become one separator: `"a quick call|quick call".split("|")`, and inside a mixed
 * array `[{…},..."a b|c".split("|"),{…}]`. Objects alike but for one string, side by side
 * (`{phrase:"refer me",hard:!0},{phrase:"intro me",hard:!0}`), are made from such a string the same
 * way: `..."refer me|intro me".split("|").map(e=>({phrase:e,hard:!0}))`.
 *
 * The value is the same: a fresh array (and fresh objects) each time the literal is evaluated, the
 * same strings in the same order (the separator is one no string of the run holds, so split gives
 * back exactly the strings joined), the same keys in the same order, and only literals repeated. A
 * build step over the written coaching UI only (scripts/build/minify-again.ts); the sources keep
 * their readable lists.
 */
export function joinStringRuns(code: string, file = 'coach-ui.js'): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const edits: Edit[] = [];
  new Visitor({
    ArrayExpression: (array) => edits.push(...joinedStrings(array), ...joinedObjects(code, array)),
  }).visit(parsed.program);
  return applyEdits(code, edits);
}

/**
 * Separators in the order tried. A space first: most runs are words and short phrases, and a space
 * between them gzips best (2026-12-02: 280 bytes gzipped saved, 175 with "|" alone; runs of two pay
 * 12 bytes more than runs of four or more alone). Gzip already stores most of the quotes and commas
 * it removes, so the saving is small for the thousands of strings joined.
 */
const SEPARATORS = [' ', '|', ',', ';', '~', '\n'];

/** Shorter runs are left as they are. */
export const MIN_RUN = 2;

type Element = ESTree.ArrayExpression['elements'][number];
type StringLiteral = ESTree.StringLiteral;

function isStringLiteral(node: Element | ESTree.Expression): node is StringLiteral {
  return node?.type === 'Literal' && typeof node.value === 'string';
}

/** The edits for one array: the whole array if all of it is one run, else each run, spread in. */
function joinedStrings(array: ESTree.ArrayExpression): Edit[] {
  const runs = runsOf(array.elements, isStringLiteral);
  if (runs.length === 1 && runs[0]!.length === array.elements.length) {
    const split = splitExpression(runs[0]!.map((literal) => literal.value));
    return split ? [{ start: array.start, end: array.end, text: split }] : [];
  }
  return runs.flatMap((run) => {
    const split = splitExpression(run.map((literal) => literal.value));
    return split ? [{ start: run[0]!.start, end: run.at(-1)!.end, text: `...${split}` }] : [];
  });
}

/** The maximal runs of adjacent elements that pass, at least MIN_RUN long. */
function runsOf<T extends NonNullable<Element>>(
  elements: readonly Element[],
  passes: (element: Element) => element is T,
): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const element of [...elements, null]) {
    if (passes(element)) {
      run.push(element);
      continue;
    }
    if (run.length >= MIN_RUN) runs.push(run);
    run = [];
  }
  return runs;
}

/** `"a|b".split("|")` for the strings, or undefined when every separator occurs in one of them. */
function splitExpression(values: readonly string[]): string | undefined {
  const separator = SEPARATORS.find((candidate) => values.every((value) => !value.includes(candidate)));
  if (separator === undefined) return undefined;
  return `${JSON.stringify(values.join(separator))}.split(${JSON.stringify(separator)})`;
}

/** An object literal of plain `key: literal` properties: its keys and each value's code. */
interface PlainObject {
  node: ESTree.ObjectExpression;
  keys: string[];
  values: ESTree.Expression[];
  codes: string[];
}

/** The object as plain keys and literal values, or undefined for anything else (spreads, methods, …). */
function plainObject(code: string, element: Element): PlainObject | undefined {
  if (element?.type !== 'ObjectExpression' || element.properties.length === 0) return undefined;
  const keys: string[] = [];
  const values: ESTree.Expression[] = [];
  for (const property of element.properties) {
    if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.shorthand)
      return undefined;
    if (property.computed || property.key.type !== 'Identifier' || property.key.name === '__proto__')
      return undefined;
    if (!isLiteralValue(property.value)) return undefined;
    keys.push(property.key.name);
    values.push(property.value);
  }
  return { node: element, keys, values, codes: values.map((value) => code.slice(value.start, value.end)) };
}

/** A literal (`"a"`, `3`, `true`), or one negated (`!0`, `-1`): evaluating it again gives the same. */
function isLiteralValue(value: ESTree.Expression): boolean {
  if (value.type === 'UnaryExpression')
    return (value.operator === '!' || value.operator === '-') && isLiteralValue(value.argument);
  return (
    value.type === 'Literal' &&
    (typeof value.value === 'string' || typeof value.value === 'number' || typeof value.value === 'boolean')
  );
}

/** Whether `other` has the same keys and values as `first`, but for a string at `varying`. */
function alikeBut(first: PlainObject, other: PlainObject, varying: number): boolean {
  if (other.keys.join() !== first.keys.join() || !isStringLiteral(other.values[varying]!)) return false;
  return other.codes.every((valueCode, at) => at === varying || valueCode === first.codes[at]);
}

/** Runs of objects alike but for one string, each made from one split string. */
function joinedObjects(code: string, array: ESTree.ArrayExpression): Edit[] {
  const objects = array.elements.map((element) => plainObject(code, element));
  const edits: Edit[] = [];
  for (let at = 0; at < objects.length;) {
    const run = longestAlikeRun(objects, at);
    if (run) {
      const edit = objectsEdit(objects.slice(at, at + run.length) as PlainObject[], run.varying);
      if (edit) edits.push(edit);
    }
    at += run?.length ?? 1;
  }
  return edits;
}

/** The longest run of objects from `at` alike but for one string, if at least MIN_RUN long. */
function longestAlikeRun(objects: readonly (PlainObject | undefined)[], at: number) {
  const first = objects[at];
  if (!first) return undefined;
  let best: { varying: number; length: number } | undefined;
  first.values.forEach((value, varying) => {
    if (!isStringLiteral(value)) return;
    let length = 1;
    while (objects[at + length] && alikeBut(first, objects[at + length]!, varying)) length++;
    if (length > (best?.length ?? MIN_RUN - 1)) best = { varying, length };
  });
  return best;
}

/** `..."a|b".split("|").map(e=>({phrase:e,hard:!0}))` for the run, if a separator fits. */
function objectsEdit(run: readonly PlainObject[], varying: number): Edit | undefined {
  const split = splitExpression(run.map((object) => (object.values[varying] as StringLiteral).value));
  if (!split) return undefined;
  // The parameter is safe to name: every other value is a literal.
  const properties = run[0]!.keys.map((key, at) => `${key}:${at === varying ? 'e' : run[0]!.codes[at]}`);
  return {
    start: run[0]!.node.start,
    end: run.at(-1)!.node.end,
    text: `...${split}.map(e=>({${properties.join(',')}}))`,
  };
}

