// @ts-check
// The rooms of the code (a folder under utils/ or entrypoints/, or a top-level folder) and the
// arrows between them that lint refuses. Used by eslint.config.js (the `cultivate/boundaries`
// rule) and by tests/unit/import-graph.test.ts. ARCHITECTURE.md says why each arrow is barred.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The room a repo-relative path belongs to: `utils/history`, `entrypoints/popup`, `components`…
 * @param {string} relative
 */
export function roomOf(relative) {
  const parts = relative.split(/[\\/]/);
  if ((parts[0] === 'utils' || parts[0] === 'entrypoints') && parts.length > 1) {
    return `${parts[0]}/${String(parts[1]).replace(/\.(tsx?|html)$/, '')}`;
  }
  return parts[0] ?? '';
}

/**
 * The repo-relative path an import specifier points at, or undefined for a package.
 * @param {string} specifier
 * @param {string} fromFile repo-relative
 * @returns {string | undefined}
 */
export function resolveSpecifier(specifier, fromFile) {
  const bare = specifier.split('?')[0] ?? '';
  if (/^[@~]{1,2}\//.test(bare)) return bare.replace(/^[@~]{1,2}\//, '');
  if (bare.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(path.resolve(ROOT, fromFile)), bare));
  return undefined;
}

/** Code the content script loads on LinkedIn pages: it may know the history's types, never its code. */
export const PAGE_ROOMS = ['entrypoints/linkedin.content', 'entrypoints/coach-ui', 'utils/linkedin'];

/**
 * Code the background can reach (tests/unit/import-graph.test.ts checks the list is complete): a
 * service worker in Chrome, so it touches no DOM.
 */
export const BACKGROUND_ROOMS = [
  'entrypoints/background',
  'utils/history',
  'utils/reminders',
  'utils/messaging',
  'utils/settings',
  'utils/contact-key',
  'utils/journey',
  'utils/coach',
  'utils/language',
  'utils/local-item',
];

/** @type {{ from: string[]; to: string[]; typesAllowed?: boolean; message: string }[]} */
export const BARRED = [
  {
    from: PAGE_ROOMS,
    to: ['utils/history'],
    typesAllowed: true,
    message: 'Page code may import types from utils/history, never its code: the history belongs to the extension origin.',
  },
  {
    from: ['entrypoints/*'],
    to: ['entrypoints/*'],
    message: 'An entrypoint does not import another entrypoint: move what both need to utils/ or components/.',
  },
  {
    from: ['utils/history'],
    to: ['utils/linkedin', 'utils/messaging', 'utils/your-data'],
    message: 'utils/history is a leaf of records and storage: it knows no site, no wire protocol and nothing above it.',
  },
];

/** @param {string} room @param {string[]} patterns */
function matches(room, patterns) {
  return patterns.some((p) => (p.endsWith('/*') ? room.startsWith(p.slice(0, -1)) : room === p));
}

/**
 * The rule for an import from `fromRoom` to `toRoom` that bars it, if any.
 * @param {string} fromRoom @param {string} toRoom @param {boolean} typeOnly
 */
export function barredArrow(fromRoom, toRoom, typeOnly) {
  if (fromRoom === toRoom) return undefined;
  return BARRED.find((b) => matches(fromRoom, b.from) && matches(toRoom, b.to) && !(typeOnly && b.typesAllowed));
}

/** @type {import('eslint').Rule.RuleModule} */
export const boundariesRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Imports only along the arrows ARCHITECTURE.md allows.' } },
  create(context) {
    const file = path.relative(ROOT, context.filename);
    const fromRoom = roomOf(file);
    /** @param {any} node @param {string} specifier @param {boolean} typeOnly */
    const check = (node, specifier, typeOnly) => {
      const target = resolveSpecifier(specifier, file);
      if (target === undefined) return;
      const barred = barredArrow(fromRoom, roomOf(target), typeOnly);
      if (barred) context.report({ node, message: `${barred.message} (${fromRoom} → ${roomOf(target)})` });
    };
    /** @param {any} node */
    const isTypeOnly = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, String(node.source.value), isTypeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, String(node.source.value), isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, String(node.source.value), isTypeOnly(node)),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, String(node.source.value), false),
    };
  },
};
