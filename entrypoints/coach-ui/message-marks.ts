import type { Range as TextRange } from '@/utils/coach/schema';
import { messageRange } from '@/utils/linkedin/message-text';
import markCss from './note-marks.css?inline';

type PopoverElement = HTMLElement & { showPopover?: () => void };

/**
 * Marks words in LinkedIn's message box (a contenteditable) without touching it: the boxes a DOM
 * Range over the words reports (`getClientRects`), drawn in the top layer inside a frame that lies
 * over the editor's scrolling area and clips to it. Reading a Range's boxes changes nothing: the
 * editor's text, markup, focus, caret and undo history stay the person's. Redrawn on input, on
 * scroll anywhere and on resize. The frame takes no pointer and is hidden from assistive technology
 * (the panel stays the accessible source).
 *
 * Not the CSS Custom Highlight API (Chromium 105+, Firefox 140+/149+): its `::highlight()` style
 * would have to go into LinkedIn's own stylesheets, and the registry is the page's to read and clear.
 */
export class MessageMarks {
  private readonly host: HTMLElement;
  private readonly frame: PopoverElement;
  private range: TextRange | undefined;
  private frameRequest = 0;
  private readonly observer: ResizeObserver | undefined;
  private readonly onMove = () => this.schedule();

  constructor(
    readonly box: HTMLElement,
    anchor: Element,
  ) {
    const doc = box.ownerDocument;
    this.host = doc.createElement('cultivate-marks');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = markCss;
    this.frame = doc.createElement('div');
    this.frame.className = 'cultivate-marks';
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.hidden = true;
    this.frame.setAttribute('popover', 'manual');
    shadow.append(style, this.frame);
    // Beside LinkedIn's form, never inside the editor.
    anchor.before(this.host);
    box.addEventListener('input', this.onMove);
    box.addEventListener('scroll', this.onMove, { passive: true });
    const win = doc.defaultView ?? window;
    win.addEventListener('resize', this.onMove);
    win.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(this.onMove);
      this.observer.observe(box);
    }
  }

  /** Marks this range of the message's text, or nothing. */
  show(range: TextRange | undefined): void {
    this.range = range;
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frameRequest);
    this.observer?.disconnect();
    this.box.removeEventListener('input', this.onMove);
    this.box.removeEventListener('scroll', this.onMove);
    const win = this.box.ownerDocument.defaultView ?? window;
    win.removeEventListener('resize', this.onMove);
    win.removeEventListener('scroll', this.onMove, { capture: true });
    this.host.remove();
  }

  private schedule(): void {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw();
    });
  }

  private draw(): void {
    const range = this.range;
    const dom =
      range && range[0] < range[1] && this.box.isConnected ? messageRange(this.box, range) : undefined;
    const area = this.box.getBoundingClientRect();
    if (!dom || area.width === 0 || area.height === 0) {
      this.frame.hidden = true;
      this.frame.replaceChildren();
      return;
    }
    // The editor's padding box: where its text scrolls, and where marks are clipped.
    const left = area.left + this.box.clientLeft;
    const top = area.top + this.box.clientTop;
    const style = this.frame.style;
    style.left = `${left}px`;
    style.top = `${top}px`;
    style.width = `${this.box.clientWidth}px`;
    style.height = `${this.box.clientHeight}px`;
    this.frame.dataset.start = String(range![0]);
    this.frame.dataset.end = String(range![1]);
    const doc = this.frame.ownerDocument;
    const pieces = [...dom.getClientRects()]
      .filter((r) => r.width >= 1 && r.height >= 1)
      .map((r) => {
        const piece = doc.createElement('mark');
        piece.className = 'cultivate-piece';
        piece.style.left = `${r.left - left}px`;
        piece.style.top = `${r.top - top}px`;
        piece.style.width = `${r.width}px`;
        piece.style.height = `${r.height}px`;
        return piece;
      });
    this.frame.replaceChildren(...pieces);
    if (this.frame.hidden) {
      this.frame.hidden = false;
      try {
        this.frame.showPopover?.();
      } catch {
        // Already open, or no top layer: the fixed frame still lies over the editor.
      }
    }
  }
}
