import { parseSync, Visitor, type ESTree } from 'vite';

/**
 * Terser moves the coaching UI's function declarations to the top of their scope (hoist_funs,
 * minify-again.ts), in the order of the modules they came from; the data (phrase lists, word sets,
 * tables) follows in that same order. Written last-first instead, the first modules' functions end
 * up next to the first modules' data, and the file gzips about 200 bytes smaller (241 in the build of
 * 2026-12-03, 206 and 202 on two other builds of the day: not one lucky order). Inside functions
 * (React's modules are each one function holding hundreds) last-first measured 65 bytes more.
 *
 * The order of a scope's function declarations cannot change what the code does: they are all
 * created before any of the scope's code runs, so every statement sees the same functions whatever
 * their order. Only when one name is declared twice does the order choose which one wins, so such a
 * scope is left as it is. Only `function` statements of a module's or a function's own top level
 * move, each into another's place; all other code stays where it was.
 */
export function reverseFunctionDeclarations(code: string, file = 'coach-ui.js'): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const movedInto = new Map<number, ESTree.Function>();
  const reverseScope = (statements: readonly ESTree.Node[]) => {
    const functions = statements.filter(
      (statement): statement is ESTree.Function => statement.type === 'FunctionDeclaration',
    );
    const names = functions.map((declaration) => declaration.id?.name);
    if (new Set(names).size !== names.length) return;
    functions.forEach((slot, index) => movedInto.set(slot.start, functions[functions.length - 1 - index]!));
  };
  reverseScope(parsed.program.body);
  const reverseBody = (fn: ESTree.Function | ESTree.ArrowFunctionExpression) => {
    if (fn.body?.type === 'BlockStatement') reverseScope(fn.body.body);
  };
  new Visitor({
    FunctionDeclaration: reverseBody,
    FunctionExpression: reverseBody,
    ArrowFunctionExpression: reverseBody,
  }).visit(parsed.program);
  const slots = [...movedInto.keys()].sort((a, b) => a - b);
  const slotEnds = new Map(
    [...movedInto.values()].map((declaration) => [declaration.start, declaration.end] as const),
  );

  /** The code from start to end, each slot after `from` holding its new function, itself rewritten. */
  const written = (start: number, end: number, from = start): string => {
    let out = '';
    let at = start;
    for (const slot of slots) {
      if (slot < from || slot < at || slot >= end) continue;
      const moved = movedInto.get(slot)!;
      // Inside the moved function, only the slots of its own body: not its own.
      out += code.slice(at, slot) + written(moved.start, moved.end, moved.start + 1);
      at = slotEnds.get(slot)!;
    }
    return out + code.slice(at, end);
  };
  return written(0, code.length);
}
