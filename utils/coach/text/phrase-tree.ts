import { listWord } from './vocabulary';

// The phrase lists' words as a tree, so a note's word is compared with each next word once, not
// once a phrase. A note's word is known by its number in the vocabulary; most nodes have one or
// two next words, which are scanned, and the first words of every phrase are kept by number.

/** What a "_" in a phrase stands for: any one word. */
export const ANY_WORD = '_';

/** Past this many next words a node also keeps them in a map. */
const SCANNED = 8;

export interface PhraseNode<End> {
  readonly nextWords: number[];
  readonly nextNodes: Array<PhraseNode<End>>;
  nextByWord: Map<number, PhraseNode<End>> | undefined;
  /** Where a "_" leads. */
  any: PhraseNode<End> | undefined;
  /** The phrases whose last word this is. */
  readonly ends: End[];
}

export interface PhraseTree<End> {
  /** By the number of a phrase's first word. */
  readonly first: Array<PhraseNode<End> | undefined>;
  /** Where a phrase opening with "_" leads. */
  firstAny: PhraseNode<End> | undefined;
}

export const newPhraseTree = <End>(): PhraseTree<End> => ({ first: [], firstAny: undefined });

const newNode = <End>(): PhraseNode<End> => ({ nextWords: [], nextNodes: [], nextByWord: undefined, any: undefined, ends: [] });

/** The node a phrase's tokens lead to, made as needed. */
export function addPhrase<End>(tree: PhraseTree<End>, tokens: readonly string[]): PhraseNode<End> {
  const [head, ...rest] = tokens;
  if (head === undefined) throw new Error('A phrase needs a word.');
  let node = head === ANY_WORD ? (tree.firstAny ??= newNode()) : (tree.first[listWord(head)] ??= newNode());
  for (const token of rest) {
    if (token === ANY_WORD) node = node.any ??= newNode();
    else {
      const word = listWord(token);
      node = nextNode(node, word) ?? addNext(node, word);
    }
  }
  return node;
}

/** Where the word numbered `word` leads from `node`, if anywhere. */
export function nextNode<End>(node: PhraseNode<End>, word: number): PhraseNode<End> | undefined {
  if (node.nextByWord) return node.nextByWord.get(word);
  const { nextWords } = node;
  for (let at = 0; at < nextWords.length; at++) if (nextWords[at] === word) return node.nextNodes[at];
  return undefined;
}

function addNext<End>(node: PhraseNode<End>, word: number): PhraseNode<End> {
  const added = newNode<End>();
  node.nextWords.push(word);
  node.nextNodes.push(added);
  if (node.nextByWord) node.nextByWord.set(word, added);
  else if (node.nextWords.length > SCANNED)
    node.nextByWord = new Map(node.nextWords.map((next, at) => [next, node.nextNodes[at] as PhraseNode<End>]));
  return added;
}
