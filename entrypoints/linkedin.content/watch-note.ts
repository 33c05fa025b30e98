import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findNoteTextarea } from '@/utils/linkedin/find-note';

/**
 * Calls `onChange` whenever the invitation note appears, is replaced or disappears.
 * Mutations are coalesced to one cheap lookup per animation frame, so a busy feed costs little.
 */
export function watchNote(
  ctx: ContentScriptContext,
  onChange: (note: HTMLTextAreaElement | null) => void,
): void {
  let current: HTMLTextAreaElement | null = null;
  let scheduled = false;

  const check = () => {
    scheduled = false;
    const found = findNoteTextarea();
    if (found === current) return;
    current = found;
    onChange(found);
  };

  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(check);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
