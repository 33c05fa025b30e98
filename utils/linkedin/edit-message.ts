import { messageRange, messageText } from './message-text';

/**
 * Edits LinkedIn's message box the way the person's own typing would: focus, select the words in
 * the editor, and let the browser replace them (`insertText`, or `delete` for a removal). The
 * editor hears its usual input events, Send follows, and Ctrl+Z undoes the edit. Offsets count
 * characters of the text the coach read (`messageText`). Returns whether the box now holds the
 * edited text; where the browser refuses, the box is left as it was rather than rewritten behind
 * the editor's back.
 */
export function editMessage(box: HTMLElement, start: number, end: number, text: string): boolean {
  const before = messageText(box);
  const expected = before.slice(0, start) + text + before.slice(end);
  if (!select(box, [start, end])) return false;
  const doc = box.ownerDocument;
  try {
    if (text === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
  return messageText(box) === expected.trim();
}

/** Selects words of the message (a spot to type over) and keeps the focus there. */
export function selectInMessage(box: HTMLElement, range: readonly [number, number]): void {
  select(box, range);
}

function select(box: HTMLElement, range: readonly [number, number]): boolean {
  const dom = messageRange(box, range);
  if (!dom) return false;
  box.focus();
  const selection = box.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(dom);
  return true;
}
