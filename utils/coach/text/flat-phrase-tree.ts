import type { PhraseNode, PhraseTree } from './phrase-tree';

// The phrase tree as the matcher walks it, in typed arrays. Built as objects while the lists load,
// it is walked from every word of every note; by then its nodes, each an object and two arrays
// spread over the heap, were no longer in the processor's cache, and a step to a next word waited
// on three or four reads from memory. Here a node is four numbers and its next words sit together.

export const NO_NODE = -1;

/** Past this many next words a node's words are searched by halves (they are kept sorted). */
const SCANNED = 8;
const NODE_SIZE = 4;
const NEXT_START = 0;
const NEXT_COUNT = 1;
const ANY = 2;
const END_COUNT = 3;

export interface FlatPhraseTree<End> {
  /** By the number of a phrase's first word: the node it leads to, or NO_NODE. */
  readonly first: Int32Array;
  /** Where a phrase opening with "_" leads, or NO_NODE. */
  readonly firstAny: number;
  /** By node, NODE_SIZE numbers: where its next words start in `next`, how many, where a "_" leads, how many phrases end there. */
  readonly nodes: Int32Array;
  /** Each node's next words, each followed by the node it leads to, sorted by word. */
  readonly next: Int32Array;
  /** By node: the phrases whose last word it is, in the order they were added. */
  readonly ends: ReadonlyArray<readonly End[]>;
}

/** The tree's nodes in typed arrays, walked exactly as the objects are (`nextNode`, `any`, `ends`). */
export function flatten<End>(tree: PhraseTree<End>): FlatPhraseTree<End> {
  const ids = new Map<PhraseNode<End>, number>();
  const order: Array<PhraseNode<End>> = [];
  const idOf = (node: PhraseNode<End> | undefined): number => {
    if (!node) return NO_NODE;
    let id = ids.get(node);
    if (id === undefined) {
      ids.set(node, (id = order.length));
      order.push(node);
    }
    return id;
  };
  const first = new Int32Array(tree.first.length).fill(NO_NODE);
  tree.first.forEach((node, word) => (first[word] = idOf(node)));
  const firstAny = idOf(tree.firstAny);

  const nodes: number[] = [];
  const next: number[] = [];
  const ends: Array<readonly End[]> = [];
  // `order` grows as nodes are numbered: every node reached is laid out once.
  for (let id = 0; id < order.length; id++) {
    const node = order[id] as PhraseNode<End>;
    const pairs = node.nextWords.map((word, at) => [word, idOf(node.nextNodes[at])] as const).sort((a, b) => a[0] - b[0]);
    nodes.push(next.length, pairs.length, idOf(node.any), node.ends.length);
    for (const [word, child] of pairs) next.push(word, child);
    ends.push(node.ends);
  }
  return { first, firstAny, nodes: Int32Array.from(nodes), next: Int32Array.from(next), ends };
}

/** The node a phrase's first word (by number) leads to, or NO_NODE. */
export function firstNode<End>(tree: FlatPhraseTree<End>, word: number): number {
  return word < tree.first.length ? (tree.first[word] ?? NO_NODE) : NO_NODE;
}

/** Where the word numbered `word` leads from `node`, or NO_NODE. */
export function nextNodeOf<End>(tree: FlatPhraseTree<End>, node: number, word: number): number {
  const { nodes, next } = tree;
  const start = nodes[node * NODE_SIZE + NEXT_START] ?? 0;
  const count = nodes[node * NODE_SIZE + NEXT_COUNT] ?? 0;
  if (count <= SCANNED) {
    for (let at = start; at < start + 2 * count; at += 2) if (next[at] === word) return next[at + 1] ?? NO_NODE;
    return NO_NODE;
  }
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = next[start + 2 * middle] ?? 0;
    if (found === word) return next[start + 2 * middle + 1] ?? NO_NODE;
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return NO_NODE;
}

/** Where a "_" leads from `node`, or NO_NODE. */
export const anyNodeOf = <End>(tree: FlatPhraseTree<End>, node: number): number => tree.nodes[node * NODE_SIZE + ANY] ?? NO_NODE;

/** Whether some phrase ends at `node`. */
export const endsAt = <End>(tree: FlatPhraseTree<End>, node: number): boolean => (tree.nodes[node * NODE_SIZE + END_COUNT] ?? 0) > 0;
