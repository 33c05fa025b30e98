/**
 * Edits LinkedIn's note the way the person's own typing would: focus, select the range, and let the
 * browser insert the text (`insertText`), so the page's counter and Send update from a trusted input
 * event and Ctrl+Z undoes the edit. Where the browser refuses, the native value setter and a
 * bubbling input event still update the page (without undo).
 */
export function editNote(note: HTMLTextAreaElement, start: number, end: number, text: string): void {
  const before = note.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  note.focus();
  note.setSelectionRange(start, end);
  let inserted = false;
  try {
    // An empty replacement is a deletion: insertText with '' deletes the selection too.
    inserted = note.ownerDocument.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (inserted && note.value === expected) return;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(note, expected);
  else note.value = expected;
  note.dispatchEvent(new Event('input', { bubbles: true }));
  note.setSelectionRange(start + text.length, start + text.length);
}

/** Selects a range of the note (a spot to type over) and keeps the focus there. */
export function selectInNote(note: HTMLTextAreaElement, [start, end]: readonly [number, number]): void {
  note.focus();
  note.setSelectionRange(start, end);
}
