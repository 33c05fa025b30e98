import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

/**
 * The coaching UI imports modules that define many zod schemas (utils/coach/schema.ts,
 * utils/settings/schema.ts) and parses with only some of them (a draft, its context, settings). The
 * others stay in the build all the same: Rolldown cannot tell that `z.int().check(z.nonnegative())`
 * has no side effect, so an unused schema's calls are kept as bare statements, and with them the zod
 * code they reach (tuples, regex checks, strict objects: 294 bytes gzipped, 2026-12-03).
 *
 * This marks each call on `z` pure (`/* @__PURE__ *\/`), so Rolldown drops the schemas nothing
 * reads. Building a schema only makes objects, so dropping an unused one changes nothing; a call
 * that is a statement of its own (`z.config(…)`) or reaches `.register(…)` is there for its effect
 * and is left as it is. The schemas that are used are built exactly as before.
 */
export function pureSchemas(): Plugin {
  return {
    name: 'cultivate:pure-schemas',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('zod')) return undefined;
      const marked = withPureSchemaCalls(code, id);
      return marked === code ? undefined : { code: marked, map: null };
    },
  };
}

export const PURE = '/* @__PURE__ */ ';

/** Calls whose effect is the point: they change zod's configuration or a registry. */
const FOR_THEIR_EFFECT: ReadonlySet<string> = new Set(['config', 'register']);

/** The code with `/* @__PURE__ *\/` before each call on zod's `z` that only builds a schema. */
export function withPureSchemaCalls(code: string, file = 'module.ts'): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const zod = zodNames(parsed.program);
  if (zod.size === 0) return code;
  const kept = new Set<number>();
  const starts = new Set<number>();
  new Visitor({
    ExpressionStatement: (statement) => void kept.add(statement.expression.start),
    CallExpression: (call) => {
      const chain = calleeChain(call);
      if (!chain || !zod.has(chain.root)) return;
      if (chain.members.some((name) => FOR_THEIR_EFFECT.has(name))) kept.add(call.start);
      else starts.add(call.start);
    },
  }).visit(parsed.program);
  // A chain's calls share its start (`z.int().check(…)`): one mark there covers them all, so a
  // chain that ends in a call kept for its effect, or is a whole statement, is not marked at all.
  const marks = [...starts].filter((start) => !kept.has(start)).sort((a, b) => b - a);
  return marks.reduce((marked, start) => marked.slice(0, start) + PURE + marked.slice(start), code);
}

/** The local names zod's `z` is imported under (`import { z } from 'zod/mini'`). */
function zodNames(program: ESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    if (statement.source.value !== 'zod' && statement.source.value !== 'zod/mini') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
      const imported =
        specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === 'z') names.add(specifier.local.name);
    }
  }
  return names;
}

/** For `z.array(…).check(…)`: the root `z` and the members called along the way (array, check). */
function calleeChain(call: ESTree.CallExpression): { root: string; members: string[] } | undefined {
  const members: string[] = [];
  let node: ESTree.Expression | ESTree.Super = call.callee;
  for (;;) {
    if (node.type === 'Identifier') return { root: node.name, members };
    if (node.type === 'CallExpression') node = node.callee;
    else if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
      members.push(node.property.name);
      node = node.object;
    } else return undefined;
  }
}
