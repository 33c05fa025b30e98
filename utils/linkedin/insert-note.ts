/**
 * Puts text into LinkedIn's note the way typing would: through the native value setter and a
 * bubbling input event, so the page's counter and Send button update.
 */
export function insertNote(note: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(note, text);
  else note.value = text;
  note.dispatchEvent(new Event('input', { bubbles: true }));
  note.focus();
  note.setSelectionRange(text.length, text.length);
}
