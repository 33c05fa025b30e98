/**
 * Where our floating UI goes beside LinkedIn's dialog (or message box), in viewport pixels. Pure:
 * rectangles in, a place out. Beside the frame when the viewport has room for a readable column
 * ("dock"); otherwise a full-width strip just below or above the frame ("strip"). Either way the
 * place lies outside the frame when it can, so LinkedIn's note, counter and buttons stay uncovered.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FloatInput {
  viewport: { width: number; height: number };
  /** The dialog's box (or the message form's). */
  frame: Rect;
  /** Docked UI lines up with the top of this (the note), when given. */
  alignTop?: number;
  /** Our UI's current height, as last measured (0 before the first measure). */
  height: number;
  /** A strip prefers to sit below the frame (a dialog) or above it (a message box at the page's foot). */
  prefer: 'below' | 'above';
  /** Beside a modal dialog only the backdrop is covered; beside a message box, LinkedIn's page is. */
  dock: boolean;
}

export type FloatPlace =
  | { mode: 'dock'; side: 'right' | 'left'; left: number; top: number; width: number; maxHeight?: number }
  | { mode: 'strip'; edge: 'below' | 'above' | 'over'; left: number; top: number; width: number; maxHeight?: number };

export const GAP = 8;
export const DOCK_MIN = 220;
export const DOCK_MAX = 340;
export const DOCK_MIN_HEIGHT = 520;
export const STRIP_MAX = 560;
/** Below this much room outside the frame, a strip that does not fit goes over the frame instead. */
export const STRIP_MIN_ROOM = 96;

export function placeFloat({ viewport, frame, alignTop, height, prefer, dock }: FloatInput): FloatPlace {
  const right = viewport.width - frame.right - 2 * GAP;
  const left = frame.left - 2 * GAP;
  // Whether to dock depends on the viewport only, never on our own height: a folded strip is
  // short, and docking on that would unfold it and flip back and forth.
  if (dock && viewport.height >= DOCK_MIN_HEIGHT && Math.max(right, left) >= DOCK_MIN) {
    const side: 'right' | 'left' = right >= DOCK_MIN ? 'right' : 'left';
    const width = Math.min(DOCK_MAX, side === 'right' ? right : left);
    const top = clamp(alignTop ?? frame.top, GAP, viewport.height - height - GAP);
    const place = { mode: 'dock' as const, side, top, width, left: side === 'right' ? frame.right + GAP : frame.left - GAP - width };
    // Taller than the window (many findings unfolded): as tall as the window, scrolling in itself,
    // so its last controls stay within reach.
    const room = viewport.height - top - GAP;
    return height > room ? { ...place, maxHeight: room } : place;
  }

  const width = Math.min(STRIP_MAX, viewport.width - 2 * GAP, Math.max(frame.right - frame.left, DOCK_MIN));
  const x = clamp(frame.left, GAP, viewport.width - width - GAP);
  const below = viewport.height - frame.bottom - 2 * GAP;
  const above = frame.top - 2 * GAP;
  const order: Array<'below' | 'above'> = prefer === 'below' ? ['below', 'above'] : ['above', 'below'];
  for (const edge of order) {
    if ((edge === 'below' ? below : above) >= height) {
      return { mode: 'strip', edge, left: x, width, top: edge === 'below' ? frame.bottom + GAP : frame.top - GAP - height };
    }
  }
  // Taller than the room on either side (an unfolded strip over a message box at the page's foot):
  // keep it outside the frame on the roomier side, as tall as that room, scrolling in itself, so
  // LinkedIn's box and Send stay free for the person's clicks.
  const [roomier] = [...order].sort((a, b) => (b === 'below' ? below : above) - (a === 'below' ? below : above));
  const room = roomier === 'below' ? below : above;
  if (room >= STRIP_MIN_ROOM) {
    const top = roomier === 'below' ? frame.bottom + GAP : frame.top - GAP - Math.min(height, room);
    return { mode: 'strip', edge: roomier!, left: x, width, top, maxHeight: room };
  }
  // No room outside the frame: keep inside the viewport on the roomier side (the person opened it).
  const top = below >= above ? viewport.height - height - GAP : GAP;
  return { mode: 'strip', edge: 'over', left: x, width, top: Math.max(GAP, top) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
