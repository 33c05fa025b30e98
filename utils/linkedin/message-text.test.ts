// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { messageRange, messageText } from './message-text';

afterEach(() => document.body.replaceChildren());

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** Every place in the text maps to DOM points whose range holds exactly those characters. */
function expectEveryRangeMatches(el: HTMLElement) {
  const text = messageText(el);
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) {
      const range = messageRange(el, [start, end]);
      expect(range, `${start}-${end}`).toBeDefined();
      // Paragraph breaks are lines in the text; a DOM range's toString has no characters for them.
      expect(range!.toString(), `${start}-${end}`).toBe(text.slice(start, end).replaceAll('\n', ''));
    }
  }
}

describe('the message box text and its DOM ranges', () => {
  test('paragraphs are lines; the empty-line filler and surrounding space are dropped', () => {
    expect(messageText(box('<p><br></p>'))).toBe('');
    expect(
      messageText(box('<p>  Hi Ana,</p><p><br></p><p>Thanks <b>for</b> the <span>talk</span>.  </p>')),
    ).toBe('Hi Ana,\n\nThanks for the talk.');
    expect(messageText(box('Plain text, no paragraphs'))).toBe('Plain text, no paragraphs');
  });

  test('a range over words in nested markup holds exactly those words', () => {
    const el = box('<p>  Hi Ana,</p><p><br></p><p>Thanks <b>for</b> the <span>talk</span>.</p>');
    const text = messageText(el);
    const at = text.indexOf('for the talk');
    expect(messageRange(el, [at, at + 'for the talk'.length])!.toString()).toBe('for the talk');
    expectEveryRangeMatches(el);
  });

  test('a range across a paragraph break starts and ends in the right paragraphs', () => {
    const el = box('<p>One line.</p><p>Two lines.</p>');
    const range = messageRange(el, [4, 13])!;
    expect(range.toString()).toBe('line.Two');
    expect(range.startContainer.parentElement).toBe(el.children[0]);
    expect(range.endContainer.parentElement).toBe(el.children[1]);
    expectEveryRangeMatches(el);
  });

  test('a place in an empty paragraph is that paragraph; a range past the text is none', () => {
    const el = box('<p>Hi</p><p><br></p><p>there</p>');
    const range = messageRange(el, [3, 3])!;
    expect(range.startContainer).toBe(el.children[1]);
    expect(range.collapsed).toBe(true);
    expect(messageRange(el, [0, 99])).toBeUndefined();
    expect(messageRange(el, [3, 2])).toBeUndefined();
  });
});
