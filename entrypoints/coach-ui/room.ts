/** Below this our scrolling parts stop giving up height: a verdict and a line still show. */
export const MIN_ROOM_PX = 96;
/** Changes smaller than this are noise from rounding, not a reason to lay out again. */
const SETTLED_PX = 2;

/**
 * The tallest each of our scrolling parts may be so that a dialog fits in the window, given their
 * heights now, the cap in force (undefined: none) and how far the dialog's bottom overflows the
 * window (negative: room to spare). Shrinks the tallest parts first; gives height back to capped
 * parts when there is room again; undefined when no cap is needed.
 */
export function nextRoom(heights: readonly number[], room: number | undefined, overflow: number): number | undefined {
  if (Math.abs(overflow) < SETTLED_PX || heights.length === 0) return room;
  if (overflow > 0) {
    const cap = capFor(heights, heights.reduce((sum, h) => sum + h, 0) - overflow);
    return Math.max(MIN_ROOM_PX, room === undefined ? cap : Math.min(room, cap));
  }
  if (room === undefined) return undefined;
  const capped = heights.filter((h) => h >= room - SETTLED_PX).length;
  // Nothing is held back by the cap any more: let it go.
  if (capped === 0) return undefined;
  return room - overflow / capped;
}

/** The cap R with Σ min(h, R) = total: the shortest parts keep their height, the rest share what is left. */
function capFor(heights: readonly number[], total: number): number {
  const sorted = [...heights].sort((a, b) => a - b);
  let left = Math.max(0, total);
  for (const [i, height] of sorted.entries()) {
    const sharing = sorted.length - i;
    if (height * sharing > left) return left / sharing;
    left -= height;
  }
  return sorted[sorted.length - 1] ?? 0;
}
