import { MarksLayer } from './marks-layer';

/** What the mirror copies from the note so its text wraps exactly where the note's does. */
const MIRRORED = [
  'box-sizing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'white-space',
  'overflow-wrap',
  'word-break',
] as const;

/**
 * Marks words in LinkedIn's note without touching it: a mirror of the note's text, font, padding,
 * size and scroll, drawn over it in the top layer with transparent letters and a highlight behind
 * the marked words. The note's value, markup, focus, caret and undo history are never changed; the
 * mirror does not take the pointer. The panel stays the accessible source: the mirror is hidden
 * from assistive technology.
 */
export class NoteMarks extends MarksLayer {
  constructor(readonly note: HTMLTextAreaElement) {
    super(note, (host) => note.before(host));
  }

  private get mirror(): HTMLElement {
    return this.layer;
  }

  protected draw(): void {
    const text = this.note.value;
    const range = this.range;
    const valid = range && range[0] < range[1] && range[1] <= text.length && this.note.isConnected;
    if (!valid) {
      this.mirror.hidden = true;
      return;
    }
    const [start, end] = range;
    const mark = this.mirror.ownerDocument.createElement('mark');
    mark.dataset.start = String(start);
    mark.dataset.end = String(end);
    mark.textContent = text.slice(start, end);
    // A trailing newline needs a character after it to take up its line, as in the note.
    this.mirror.replaceChildren(text.slice(0, start), mark, `${text.slice(end)}\u200b`);
    this.fit();
    this.reveal();
    this.fit();
  }

  private fit(): void {
    const computed = getComputedStyle(this.note);
    const style = this.mirror.style;
    for (const name of MIRRORED) style.setProperty(name, computed.getPropertyValue(name));
    style.borderColor = 'transparent';
    const box = this.note.getBoundingClientRect();
    style.left = `${box.left}px`;
    style.top = `${box.top}px`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
    // The note's scrollbar takes width from its text: give the mirror the same narrower line.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, this.note.offsetWidth - this.note.clientWidth - borders);
    style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
    this.mirror.scrollTop = this.note.scrollTop;
    this.mirror.scrollLeft = this.note.scrollLeft;
  }
}
