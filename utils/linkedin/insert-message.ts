/**
 * Puts text into LinkedIn's message box the way typing would (the editor hears an input event,
 * Send wakes up), replacing what is there, then selects `mark` so the person's first keystroke
 * replaces it with their own words.
 */
export function insertMessage(box: HTMLElement, text: string, mark: string): void {
  const doc = box.ownerDocument;
  box.focus();
  selectContents(box);
  // insertText goes through the editor's own input handling, as a paste would.
  const typed = doc.execCommand('insertText', false, text);
  if (!typed || !box.textContent?.includes(text)) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = text;
    box.replaceChildren(paragraph);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  selectMark(box, mark);
}

function selectContents(box: HTMLElement): void {
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  const selection = box.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function selectMark(box: HTMLElement, mark: string): void {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(mark) ?? -1;
    if (at < 0) continue;
    const range = box.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + mark.length);
    const selection = box.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
}
