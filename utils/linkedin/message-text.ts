import { MESSAGE_PARAGRAPH } from './selectors';

/**
 * The message box's text as the coach reads it, and the way back from a place in that text to the
 * editor's nodes. The coach's ranges count characters of `messageText`; marks and one-click fixes
 * need the DOM points those characters sit at. Both come from the one walk below, so they cannot
 * disagree.
 */

/** A run of the text: a text node, or an empty paragraph (a place with no characters). */
interface Piece {
  node: Node;
  /** Where the run starts in the untrimmed text. */
  at: number;
  length: number;
}

interface Walk {
  /** Paragraphs joined by line breaks, untrimmed. */
  raw: string;
  pieces: Piece[];
}

function walk(box: HTMLElement): Walk {
  const paragraphs = [...box.querySelectorAll(MESSAGE_PARAGRAPH)];
  const blocks: Element[] = paragraphs.length ? paragraphs : [box];
  const pieces: Piece[] = [];
  let raw = '';
  blocks.forEach((block, i) => {
    if (i > 0) raw += '\n';
    const walker = box.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let any = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.nodeValue ?? '';
      pieces.push({ node, at: raw.length, length: data.length });
      raw += data;
      any = true;
    }
    if (!any) pieces.push({ node: block, at: raw.length, length: 0 });
  });
  return { raw, pieces };
}

/** The message as the person sees it: paragraphs as lines, LinkedIn's empty-line filler dropped. */
export function messageText(box: HTMLElement): string {
  return walk(box).raw.trim();
}

/**
 * The editor's DOM range over [start, end) of `messageText`, or undefined when the text no longer
 * reaches that far. A boundary between two runs starts in the later one and ends in the earlier,
 * so the range holds exactly the characters asked for.
 */
export function messageRange(box: HTMLElement, [start, end]: readonly [number, number]): Range | undefined {
  const { raw, pieces } = walk(box);
  const lead = raw.length - raw.trimStart().length;
  if (start < 0 || end < start || end > raw.trim().length) return undefined;
  const from = locate(pieces, start + lead, 'last');
  const to = start === end ? from : locate(pieces, end + lead, 'first');
  if (!from || !to) return undefined;
  const range = box.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function locate(
  pieces: Piece[],
  position: number,
  prefer: 'first' | 'last',
): { node: Node; offset: number } | undefined {
  const holding = pieces.filter((p) => p.at <= position && position <= p.at + p.length);
  const piece = prefer === 'first' ? holding[0] : holding[holding.length - 1];
  return piece && { node: piece.node, offset: position - piece.at };
}
