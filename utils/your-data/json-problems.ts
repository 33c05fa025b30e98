import type { z } from 'zod';

// Saying exactly where a file is wrong: JSON paths like `contacts[3].stage`, and the line and
// column of a syntax error.

/** Keys that could reach an object's prototype if the data were ever merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `contacts[3].stage`; the whole file is `(the file)`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text || '(the file)';
}

/** One line per problem, the first `most` of them: `contacts[3].stage: Invalid option: …`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], most: number): string[] {
  const lines = issues.slice(0, most).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  if (issues.length > most) lines.push(`…and ${issues.length - most} more`);
  return lines;
}

/**
 * The path of the first forbidden key anywhere in `value`, walked without recursion (a deep file
 * cannot overflow the stack). Each step keeps a link to its parent instead of a copy of its path,
 * so a file nested thousands deep costs time in proportion to its size, not its depth squared.
 */
export function findForbiddenKey(value: unknown): string | undefined {
  interface Step {
    value: unknown;
    key?: PropertyKey;
    parent?: Step;
  }
  const pathOf = (step: Step, key: PropertyKey): string => {
    const path = [key];
    for (let at: Step | undefined = step; at?.parent; at = at.parent) path.push(at.key!);
    return jsonPath(path.reverse());
  };
  const stack: Step[] = [{ value }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const current = step.value;
    if (typeof current !== 'object' || current === null) continue;
    const entries = Array.isArray(current) ? current.map((item, index) => [index, item] as const) : Object.entries(current);
    // Reversed onto the stack, so the first problem in reading order is found first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return pathOf(step, key);
      stack.push({ value: child, key, parent: step });
    }
  }
  return undefined;
}

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where a JSON.parse error is, in words. Engines say it differently: V8 gives a position (or
 * "unexpected end" for a cut-off file), Firefox a line and column.
 */
export function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  let where: { line: number; column: number } | undefined;
  if (lineColumn) where = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  else if (position) where = lineAndColumn(text, Number(position[1]));
  const ended = /end of (JSON )?(input|data)/i.test(message) || (position !== null && Number(position[1]) >= text.trimEnd().length);
  if (ended) {
    const end = where ?? lineAndColumn(text, text.length);
    return `The file ends too early, at line ${end.line}, column ${end.column}: it looks cut off (truncated). Export again and import the whole file.`;
  }
  const reason = message.replace(/^JSON\.parse: /, '').split(/ (?:in JSON )?at position \d+| at line \d+/)[0];
  return where
    ? `This is not valid JSON: ${reason} at line ${where.line}, column ${where.column}.`
    : `This is not valid JSON: ${reason}.`;
}
