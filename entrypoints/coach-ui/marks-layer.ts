import type { Range as TextRange } from '@/utils/coach/schema';
import markCss from './note-marks.css?inline';

type PopoverElement = HTMLElement & { showPopover?: () => void };

/**
 * What the note's mirror (note-marks.ts) and the message box's marks (message-marks.ts) share: a
 * `cultivate-marks` host with a closed root, put in the page by `place` (never inside LinkedIn's field),
 * one layer in the top layer that takes no pointer and is hidden from assistive technology, and a
 * redraw at most once a frame when the field is typed in, scrolled or resized, or anything scrolls.
 * Subclasses draw the marked range; nothing here touches the field.
 */
export abstract class MarksLayer {
  protected readonly layer: PopoverElement;
  protected range: TextRange | undefined;
  private readonly host: HTMLElement;
  private frameRequest = 0;
  private readonly observer: ResizeObserver | undefined;
  private readonly onMove = () => this.schedule();

  constructor(
    protected readonly field: HTMLElement,
    place: (host: HTMLElement) => void,
  ) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('cultivate-marks');
    // Closed, like the panel's: no page script reads the words back out of our layer.
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = markCss;
    this.layer = doc.createElement('div');
    this.layer.className = 'marks';
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.hidden = true;
    this.layer.setAttribute('popover', 'manual');
    shadow.append(style, this.layer);
    place(this.host);
    field.addEventListener('scroll', this.onMove, { passive: true });
    field.addEventListener('input', this.onMove);
    const win = doc.defaultView ?? window;
    win.addEventListener('resize', this.onMove);
    win.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(this.onMove);
      this.observer.observe(field);
    }
  }

  /** Marks this range of the field's text, or nothing. */
  show(range: TextRange | undefined): void {
    this.range = range;
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frameRequest);
    this.observer?.disconnect();
    this.field.removeEventListener('scroll', this.onMove);
    this.field.removeEventListener('input', this.onMove);
    const win = this.field.ownerDocument.defaultView ?? window;
    win.removeEventListener('resize', this.onMove);
    win.removeEventListener('scroll', this.onMove, { capture: true });
    this.host.remove();
  }

  protected abstract draw(): void;

  /** Shows the layer once drawn. */
  protected reveal(): void {
    if (!this.layer.hidden) return;
    this.layer.hidden = false;
    try {
      this.layer.showPopover?.();
    } catch {
      // Already open, or no top layer: the fixed layer still lies over the field.
    }
  }

  private schedule(): void {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw();
    });
  }
}
