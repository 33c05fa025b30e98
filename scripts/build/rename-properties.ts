import { readFile, writeFile } from 'node:fs/promises';
import { parseSync, Visitor, type ESTree } from 'vite';
import { applyEdits, type Edit } from './apply-edits';

/**
 * The coach reads a note as words, sentences and the phrases found in them, and reports findings; its
 * rules read those objects' properties a few thousand times (`.words`, `.sentence`, `.phrase`,
 * `.range`…). Minifiers leave property names alone because they cannot know which objects leave the
 * bundle; these can be renamed because they never do. A note's words and a finding live only between
 * the coaching UI and the modules it loads that read them, the word model (entrypoints/word-model.ts)
 * and the one-click fixes (entrypoints/note-fixes.ts), so all three files are renamed with one table; what leaves the coaching UI of an analysis is its summary (verdict, score, principle
 * scores, rule ids as values: utils/history/model.ts). Written as one letter each, the coaching UI
 * gzips about 540 bytes smaller (2026-12-03).
 *
 * None of these names is a key of a message, a setting, a stored record or a DOM or library object:
 * React reads `.last`, so a match's word indexes are called `firstAt` and `lastAt` (70 bytes; a
 * word's `folded` text 137, its `startAt` and `endAt` 28, 2026-12-03); errors' `.message` and a
 * journey touch's `kind` are read too, so a finding's stay; a stored touch has a `note`, so a phrase
 * entry's stays (its `unlessNext` and `hard` are renamed: about 40 bytes). The build fails if a new name is already a property in a
 * file, or if a listed name is read in quotes (`doc['words']`), which renaming would miss.
 */
export const COACH_PROPERTIES: ReadonlyMap<string, string> = new Map([
  // A word as the rules read it, lowercased with its quotes folded: the coach's most read property.
  ['folded', 'O'],
  ['words', 'W'],
  ['sentences', 'Q'],
  ['sentence', 'N'],
  ['firstWord', 'F'],
  ['endWord', 'E'],
  ['hyphenNext', 'Z'],
  ['question', 'K'],
  // Where a phrase was found, in word indexes: the pair React would share as `first` and `last`.
  ['firstAt', 'q'],
  ['lastAt', 'z'],
  // Where a word or a sentence starts and ends in the text, in UTF-16 code units.
  ['startAt', 'h'],
  ['endAt', 'k'],
  // A note's cache of what was found in it (React exports a `memo` of its own).
  ['cached', 'v'],
  // A phrase list's entry, as matched (and a note starter's wording, which lives in the coaching UI only).
  ['phrase', 'P'],
  // A phrase list entry's exceptions and its weight ("a referral" unless "program" follows; a hard ask).
  ['unlessNext', 'V'],
  ['hard', 'J'],
  // A finding's parts.
  ['range', 'B'],
  ['severity', 'G'],
  ['rule', 'R'],
  ['principle', 'I'],
  ['suggestion', 'U'],
  ['why', 'Y'],
  // The coaching UI's own: the analysis option that carries the word model, the phrase tree's
  // branches, the marks' layer and its frame, an invitation session's composer (as the watcher found
  // it), pending starter and relationship loader. None leaves the coaching UI or the word model
  // (about 70 bytes, 2026-12-03).
  ['secondReader', '$S'],
  ['nextByWord', '$X'],
  ['layer', '$L'],
  ['frameRequest', '$M'],
  ['pendingStarter', '$O'],
  ['loadRelationship', '$H'],
  ['found', '$F'],
]);

/**
 * react-dom's own bookkeeping on each fiber of the panel's tree, its hook queues and its root,
 * written and read only inside react-dom, which the coaching UI bundles whole (about 480 bytes
 * gzipped for the first fifteen, about 500 more for the rest, 2026-12-03). None is read by zod, the
 * polyfill or our code in the coaching UI (the popup's `tag` is another bundle). Its one
 * outside reader would be React DevTools' hook, which does not reach a content script's world, and
 * whose calls react-dom wraps in try/catch. Not `return`, `child`, `flags`, `type` or `key`: the
 * language, the DOM or a RegExp read those names too.
 */
export const REACT_FIBER_PROPERTIES: ReadonlyMap<string, string> = new Map(
  [
    'memoizedState',
    'stateNode',
    'memoizedProps',
    'updateQueue',
    'pendingProps',
    'subtreeFlags',
    'alternate',
    'sibling',
    'childLanes',
    'containerInfo',
    'elementType',
    'deletions',
    'baseState',
    'dependencies',
    'lanes',
    'tag',
    'queue',
    'lane',
    'tail',
    'cachePool',
    'dehydrated',
    'pendingLanes',
    'suspendedLanes',
    'pingedLanes',
    'callbackNode',
    'callbackPriority',
    'retryLane',
    'revertLane',
    'firstBaseUpdate',
    'lastBaseUpdate',
    'baseQueue',
    'hasEagerState',
    'eagerState',
    'lastRenderedState',
    'lastRenderedReducer',
    'cancelPendingCommit',
    'timeoutHandle',
    'lastEffect',
    'firstContext',
    '_fragmentFiber',
    '_visibility',
    '_currentValue',
    'blockedOn',
    'unsuspend',
    'stylesheets',
    'baseLanes',
    'isDehydrated',
    '_eventListeners',
    'refCount',
    'entanglements',
    'refCleanup',
    'gesture',
    'tailMode',
    '_observers',
    'warmLanes',
    'entangledLanes',
    'pooledCache',
    'memoCache',
    'retryQueue',
    'attachedListener',
    'sortIndex',
    '_status',
    '_result',
    'paired',
    'rendering',
    // react-dom's update queues; our composer session's private field is renamed with them.
    'pending',
    'shared',
    // A class component's state (react-dom and our FailOpen boundary, both in this file), an update's
    // payload and callback, a fiber's instance, the cache pool.
    'state',
    'payload',
    'callback',
    'instance',
    'cache',
    'pool',
    'element',
    'node',
    'observer',
    'events',
    'stores',
    'listeners',
    'listener',
    // React's and the scheduler's exports to react-dom, all three bundled whole into this one file
    // (nothing else imports them here), and class lifecycles only react-dom reads (our one class
    // component, FailOpen, defines none of them): about 330 bytes gzipped, 2026-12-03.
    '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
    '__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
    '__COMPILER_RUNTIME',
    'unstable_now',
    'unstable_scheduleCallback',
    'unstable_NormalPriority',
    'unstable_shouldYield',
    'unstable_requestPaint',
    'unstable_getCurrentPriorityLevel',
    'unstable_cancelCallback',
    'unstable_UserBlockingPriority',
    'unstable_LowPriority',
    'unstable_ImmediatePriority',
    'unstable_IdlePriority',
    'unstable_wrapCallback',
    'unstable_runWithPriority',
    'unstable_next',
    'unstable_forceFrameRate',
    'unstable_setDisableYieldValue',
    'unstable_Profiling',
    'UNSAFE_componentWillMount',
    'UNSAFE_componentWillReceiveProps',
    'UNSAFE_componentWillUpdate',
    'componentWillMount',
    'componentWillReceiveProps',
    'componentWillUpdate',
    'getSnapshotBeforeUpdate',
    '__reactInternalSnapshotBeforeUpdate',
    // More of react-dom's own bookkeeping, and the root options only our createRoot call could pass.
    'errorRecoveryDisabledLanes',
    'shellSuspendCounter',
    'pendingContext',
    'transitionTypes',
    'expirationTimes',
    'hiddenCallbacks',
    'reactFragments',
    'renderingStartTime',
    'pooledCacheLanes',
    'hoistableScripts',
    'hoistableStyles',
    'expiredLanes',
    '_internalRoot',
    '_reactInternals',
    'optionsOrUseCapture',
    'identifierPrefix',
    'onRecoverableError',
    'onUncaughtError',
    'onCaughtError',
    '__reactViewTransition',
    // React's class-component protocol and synthetic events, both ends inside this file: react-dom
    // reads what React and our FailOpen boundary define (renamed alike), and our handlers read the
    // events react-dom builds.
    'nativeEvent',
    'isPropagationStopped',
    'isDefaultPrevented',
    'getDerivedStateFromProps',
    'getDerivedStateFromError',
    'componentDidCatch',
    'componentDidMount',
    'componentDidUpdate',
    'componentWillUnmount',
    'shouldComponentUpdate',
    'isReactComponent',
    'contextType',
    'defaultProps',
    'displayName',
    '_valueTracker',
  ].map((name, index) => [name, `$${index.toString(36)}`]),
);

/** Both tables: what the build renames in the coaching UI, the word model and the one-click fixes. */
export const BUILT_PROPERTIES: ReadonlyMap<string, string> = new Map([...COACH_PROPERTIES, ...REACT_FIBER_PROPERTIES]);

/** The code with each listed property name (accesses, keys, destructuring, class members) renamed. */
export function renameProperties(
  code: string,
  file: string,
  names: ReadonlyMap<string, string> = BUILT_PROPERTIES,
): string {
  const parsed = parseSync(file, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) throw new Error(`cannot parse ${file}: ${parsed.errors[0]!.message}`);
  const edits: Edit[] = [];
  const taken = new Set(names.values());
  const rename = (key: ESTree.Node, shorthand = false) => {
    if (key.type !== 'Identifier') return;
    if (taken.has(key.name)) throw new Error(`${file} already has a property named ${key.name}`);
    const to = names.get(key.name);
    // `{ words }` is `{ words: words }`: the key renamed, the variable kept.
    if (to) edits.push({ start: key.start, end: key.end, text: shorthand ? `${to}:${key.name}` : to });
  };
  // `doc['words']` or `{ 'words': … }` would miss the renaming: refused rather than broken.
  const refuseQuoted = (key: ESTree.Node) => {
    if (key.type === 'Literal' && typeof key.value === 'string' && names.has(key.value))
      throw new Error(`${file} names the property ${key.value} in quotes`);
  };
  new Visitor({
    MemberExpression: (node) => (node.computed ? refuseQuoted(node.property) : rename(node.property)),
    Property: (node) =>
      node.computed ? refuseQuoted(node.key) : (refuseQuoted(node.key), rename(node.key, node.shorthand)),
    PropertyDefinition: (node) => !node.computed && rename(node.key),
    MethodDefinition: (node) => !node.computed && rename(node.key),
  }).visit(parsed.program);
  return applyEdits(code, edits);
}

/** A built file, renamed in place. */
export async function renamePropertiesIn(file: string): Promise<void> {
  await writeFile(file, renameProperties(await readFile(file, 'utf8'), file));
}
