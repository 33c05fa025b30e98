import { parseSync, Visitor, type ESTree } from 'vite';

/**
 * The coach's phrase lists are long arrays of string literals (`["a quick call","quick call",…]`),
 * some mixed with objects (`{phrase:…,hard:!0}`). Written as one string split once, each literal's
 * quotes and comma become one separator: `"a quick call|quick call".split("|")`, and inside a mixed
 * array `[{…},..."a b|c".split("|"),{…}]`. The value is the same: a fresh array each time the literal
 * is evaluated, the same strings in the same order (the separator is one no string of the run holds,
 * so split gives back exactly the strings joined). A build step over the written coaching UI only
 * (scripts/build/minify-again.ts); the sources keep their readable lists.
 */
export function joinStringRuns(code: string, file = 'coach-ui.js'): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const edits: Edit[] = [];
  new Visitor({ ArrayExpression: (array) => edits.push(...joinedRuns(array)) }).visit(parsed.program);
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

interface Edit {
  start: number;
  end: number;
  text: string;
}

type Element = ESTree.ArrayExpression['elements'][number];
type StringLiteral = ESTree.StringLiteral;

function isStringLiteral(element: Element): element is StringLiteral {
  return element?.type === 'Literal' && typeof element.value === 'string';
}

/** The edits for one array: the whole array if all of it is one run, else each run, spread in. */
function joinedRuns(array: ESTree.ArrayExpression): Edit[] {
  const runs = stringRuns(array.elements);
  if (runs.length === 1 && runs[0]!.length === array.elements.length) {
    const split = splitExpression(runs[0]!);
    return split ? [{ start: array.start, end: array.end, text: split }] : [];
  }
  return runs.flatMap((run) => {
    const split = splitExpression(run);
    return split ? [{ start: run[0]!.start, end: run.at(-1)!.end, text: `...${split}` }] : [];
  });
}

/** The maximal runs of adjacent string literals, at least MIN_RUN long (holes and spreads end a run). */
function stringRuns(elements: readonly Element[]): StringLiteral[][] {
  const runs: StringLiteral[][] = [];
  let run: StringLiteral[] = [];
  for (const element of [...elements, null]) {
    if (isStringLiteral(element)) {
      run.push(element);
      continue;
    }
    if (run.length >= MIN_RUN) runs.push(run);
    run = [];
  }
  return runs;
}

/** `"a|b".split("|")` for the run, or undefined when every separator occurs in one of its strings. */
function splitExpression(run: readonly StringLiteral[]): string | undefined {
  const values = run.map((literal) => literal.value);
  const separator = SEPARATORS.find((candidate) => values.every((value) => !value.includes(candidate)));
  if (separator === undefined) return undefined;
  return `${JSON.stringify(values.join(separator))}.split(${JSON.stringify(separator)})`;
}

/** The code with each edit's span replaced; the edits never overlap (a run holds no arrays). */
function applyEdits(code: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of ordered) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}
