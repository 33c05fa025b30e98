import type { Verdict } from '@/utils/coach/schema';
import type { Touch } from '@/utils/history/model';

/** How the note read, or "empty" when none was sent; undefined for touches the coach never saw (a follow-up marked done). */
export function touchVerdict(touch: Touch): Verdict | undefined {
  if (!touch.note?.trim()) return touch.kind === 'invitation' ? 'empty' : undefined;
  return touch.analysis?.verdict;
}
