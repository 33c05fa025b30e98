import { parseSync, Visitor, type ESTree } from 'vite';
import { applyEdits } from './apply-edits';

/**
 * After join-string-runs.ts the coaching UI holds some three hundred strings split once
 * (`"send share".split(" ")`, `"a quick call|quick call".split("|")`). Each is written here as a call
 * to one small function per separator, added at the end of the module:
 * `splitOnSpaces("send share")` with `function splitOnSpaces(s){return s.split(" ")}`, which the last
 * minifier names in a letter or two. 80 bytes gzipped (2026-12-03).
 *
 * The value is the same: the function does what the call did, on the same string, each time it is
 * evaluated (a fresh array), and a function declaration is there before any code of the module runs.
 * Only a string literal split on a literal space or bar is rewritten.
 */
export function splitThroughHelpers(code: string, file = 'coach-ui.js'): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const names = helperNames(code);
  const used = new Set<string>();
  const edits: { start: number; end: number; text: string }[] = [];
  new Visitor({
    CallExpression: (call) => {
      const split = literalSplit(call);
      const name = split && names.get(split.separator);
      if (!split || !name) return;
      used.add(split.separator);
      edits.push({
        start: call.start,
        end: call.end,
        text: `${name}(${code.slice(split.text.start, split.text.end)})`,
      });
    },
  }).visit(parsed.program);
  if (edits.length === 0) return code;
  const helpers = [...used].map(
    (separator) => `function ${names.get(separator)!}(s){return s.split(${JSON.stringify(separator)})}`,
  );
  return `${applyEdits(code, edits)}\n${helpers.join('')}\n`;
}

/** The separators given a function, each with a name the code does not already hold. */
function helperNames(code: string): Map<string, string> {
  const free = (base: string) => {
    let name = base;
    for (let n = 2; new RegExp(String.raw`\b${name}\b`).test(code); n++) name = `${base}${n}`;
    return name;
  };
  return new Map([
    [' ', free('splitOnSpaces')],
    ['|', free('splitOnBars')],
  ]);
}

/** For `"a b".split(" ")`: the string literal and the separator; undefined for any other call. */
function literalSplit(
  call: ESTree.CallExpression,
): { text: ESTree.StringLiteral; separator: string } | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.optional || call.optional)
    return undefined;
  if (callee.property.type !== 'Identifier' || callee.property.name !== 'split') return undefined;
  const [separator, ...rest] = call.arguments;
  if (!isStringLiteral(callee.object) || rest.length > 0 || !separator || !isStringLiteral(separator))
    return undefined;
  return { text: callee.object, separator: separator.value };
}

function isStringLiteral(node: ESTree.Expression | ESTree.Argument): node is ESTree.StringLiteral {
  return node.type === 'Literal' && typeof node.value === 'string';
}

