import { ANY_DIALOG, OUR_SCROLLERS } from '@/utils/linkedin/selectors';
import { nextRoom } from './room';

/** Kept free below a dialog, so its own buttons never sit on the window's edge. */
const MARGIN_PX = 8;

/** The dialog our host sits in, looking out through LinkedIn's shadow roots. */
function dialogAround(host: Element): Element | undefined {
  let node: Element | null = host;
  while (node) {
    const found = node.closest(ANY_DIALOG);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Keeps LinkedIn's dialog inside the window while our UI sits in it: when the dialog's bottom (its
 * Send button) would fall below the window, our scrolling parts give up the height, and take it
 * back when there is room. Without this, a note's panel could push Send out of reach of the mouse.
 * `content` is our element inside the shadow root; returns the function that stops watching.
 */
export function fitInView(host: HTMLElement, content: HTMLElement): () => void {
  let room: number | undefined;
  let frame = 0;
  const fit = () => {
    frame = 0;
    const dialog = dialogAround(host);
    const scrollers = [...content.querySelectorAll<HTMLElement>(OUR_SCROLLERS)];
    if (!dialog || scrollers.length === 0) return;
    const overflow = dialog.getBoundingClientRect().bottom + MARGIN_PX - window.innerHeight;
    const next = nextRoom(
      scrollers.map((el) => el.getBoundingClientRect().height),
      room,
      overflow,
    );
    if (next === room) return;
    room = next;
    if (room === undefined) content.style.removeProperty('--cultivate-room');
    else content.style.setProperty('--cultivate-room', `${Math.floor(room)}px`);
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(fit);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  const dialog = dialogAround(host);
  if (dialog) observer.observe(dialog);
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    if (frame) cancelAnimationFrame(frame);
  };
}
