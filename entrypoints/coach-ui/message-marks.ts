import { messageRange } from '@/utils/linkedin/message-text';
import { MarksLayer } from './marks-layer';

/**
 * Marks words in LinkedIn's message box (a contenteditable) without touching it: the boxes a DOM
 * Range over the words reports (`getClientRects`), drawn in the top layer inside a frame that lies
 * over the editor's scrolling area and clips to it. Reading a Range's boxes changes nothing: the
 * editor's text, markup, focus, caret and undo history stay the person's.
 *
 * Not the CSS Custom Highlight API (Chromium 105+, Firefox 140+/149+): its `::highlight()` style
 * would have to go into LinkedIn's own stylesheets, and the registry is the page's to read and clear.
 */
export class MessageMarks extends MarksLayer {
  /**
   * `anchor`: LinkedIn's form, which our host goes after (the panel's host stays just before it, so
   * Tab order is unchanged); never inside the editor.
   */
  constructor(
    readonly box: HTMLElement,
    anchor: Element,
  ) {
    super(box, (host) => anchor.after(host));
  }

  protected draw(): void {
    const range = this.range;
    const dom =
      range && range[0] < range[1] && this.box.isConnected ? messageRange(this.box, range) : undefined;
    const area = this.box.getBoundingClientRect();
    if (!dom || area.width === 0 || area.height === 0) {
      this.layer.hidden = true;
      this.layer.replaceChildren();
      return;
    }
    // The editor's padding box: where its text scrolls, and where marks are clipped.
    const left = area.left + this.box.clientLeft;
    const top = area.top + this.box.clientTop;
    const style = this.layer.style;
    style.left = `${left}px`;
    style.top = `${top}px`;
    style.width = `${this.box.clientWidth}px`;
    style.height = `${this.box.clientHeight}px`;
    this.layer.dataset.start = String(range![0]);
    this.layer.dataset.end = String(range![1]);
    const doc = this.layer.ownerDocument;
    const pieces = [...dom.getClientRects()]
      .filter((r) => r.width >= 1 && r.height >= 1)
      .map((r) => {
        const piece = doc.createElement('mark');
        piece.className = 'piece';
        piece.style.left = `${r.left - left}px`;
        piece.style.top = `${r.top - top}px`;
        piece.style.width = `${r.width}px`;
        piece.style.height = `${r.height}px`;
        return piece;
      });
    this.layer.replaceChildren(...pieces);
    this.reveal();
  }
}
