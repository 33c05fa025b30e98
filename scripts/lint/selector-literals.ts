import ts from 'typescript';

// Finds LinkedIn selectors written outside utils/linkedin/selectors.ts, for
// tests/unit/selectors-in-one-place.test.ts. Two checks on a file's syntax tree:
// - every DOM query (querySelector, querySelectorAll, closest, matches, and our queryAll) takes a
//   selector built only from names imported from the selectors module (directly, through a local
//   constant, a loop over a list, a member, a ternary or a template that only joins them);
// - no string or template text anywhere looks like a CSS selector (`[attr`, `.class`, `#id`, `:has(`).
// A function parameter passed on as a selector is allowed: its callers are checked instead.

const QUERIES = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);
/** Our own helpers that take a selector, and the index of that argument. */
const HELPERS: Record<string, number> = { queryAll: 1 };
const SELECTORS_MODULE = /(^|\/)(utils\/linkedin\/)?selectors$/;
/** A CSS attribute test, class or id at the start of a compound selector, or a :has(. */
const SELECTOR_LIKE = /(^|[\s,>+~(]|[a-z\])])\[[a-z-]+([*^$|~]?=[^\]]*)?\]|(^|[\s,>+~(])[a-z]*\.[a-z_][\w-]*[\s,[:>]|(^|[\s,>+~(])[a-z]*\.[a-z_][\w-]*$|(^|[\s,>+~(])[a-z]*#[a-z_][\w-]*($|[\s,[:.>])|:has\(/i;

export interface SelectorFinding {
  line: number;
  text: string;
  why: string;
}

export function findSelectorLiterals(fileName: string, source: string): SelectorFinding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const fromSelectors = importedFromSelectors(file);
  const findings: SelectorFinding[] = [];
  const report = (node: ts.Node, why: string) =>
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: node.getText(file).slice(0, 120), why });

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const argument = selectorArgument(node);
      if (argument && !isFromSelectors(argument, fromSelectors, file)) report(argument, `${calleeName(node)} takes a selector not from selectors.ts`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (!isImportPath(node) && SELECTOR_LIKE.test(node.text)) report(node, 'text that looks like a CSS selector');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isIdentifier(callee)) return callee.text;
  return undefined;
}

function selectorArgument(call: ts.CallExpression): ts.Expression | undefined {
  const name = calleeName(call);
  if (!name) return undefined;
  if (QUERIES.has(name) && ts.isPropertyAccessExpression(call.expression)) return call.arguments[0];
  const index = HELPERS[name];
  return index === undefined ? undefined : call.arguments[index];
}

function isImportPath(node: ts.Node): boolean {
  return ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || (ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword);
}

function importedFromSelectors(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!SELECTORS_MODULE.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
  }
  return names;
}

/** Is this expression made only of what the selectors module exports? */
function isFromSelectors(expression: ts.Expression, imported: Set<string>, file: ts.SourceFile, depth = 0): boolean {
  if (depth > 8) return false;
  const from = (e: ts.Expression) => isFromSelectors(e, imported, file, depth + 1);
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) return from(expression.expression);
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return from(expression.expression);
  if (ts.isConditionalExpression(expression)) return from(expression.whenTrue) && from(expression.whenFalse);
  if (ts.isTemplateExpression(expression)) {
    const joins = [expression.head, ...expression.templateSpans.map((span) => span.literal)].every((part) => /^[\s,]*$/.test(part.text));
    return joins && expression.templateSpans.every((span) => from(span.expression));
  }
  if (ts.isIdentifier(expression)) {
    if (imported.has(expression.text)) return true;
    const declaration = declarationOf(expression, file);
    if (!declaration) return false;
    if (ts.isParameter(declaration)) return true;
    if (ts.isVariableDeclaration(declaration)) {
      const loop = declaration.parent.parent;
      if (ts.isForOfStatement(loop)) return from(loop.expression);
      return declaration.initializer !== undefined && from(declaration.initializer);
    }
  }
  return false;
}

/** The nearest declaration of a name in scope (by walking up, not by the type checker). */
function declarationOf(name: ts.Identifier, file: ts.SourceFile): ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  let found: ts.ParameterDeclaration | ts.VariableDeclaration | undefined;
  for (let scope: ts.Node | undefined = name.parent; scope && !found; scope = scope.parent) {
    ts.forEachChild(scope, function look(node): void {
      if (found) return;
      if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && ts.isIdentifier(node.name) && node.name.text === name.text) {
        found = node;
        return;
      }
      if (ts.isVariableDeclarationList(node) || ts.isVariableStatement(node)) ts.forEachChild(node, look);
      if (ts.isForOfStatement(node) || ts.isForStatement(node)) {
        if (node.initializer) ts.forEachChild(node.initializer, look);
      }
    });
    if (scope === file) break;
  }
  return found;
}
