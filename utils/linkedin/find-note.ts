import { NOTE_CONTAINERS, NOTE_COUNTER_PATTERN, NOTE_TEXTAREA } from './selectors';

export function findNoteTextarea(root: ParentNode = document): HTMLTextAreaElement | null {
  for (const selector of NOTE_TEXTAREA) {
    const found = root.querySelector<HTMLTextAreaElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The character limit LinkedIn shows beside the note ("0/200" on free accounts), if any. */
export function readNoteLimit(note: HTMLTextAreaElement): number | undefined {
  const container = NOTE_CONTAINERS.map((s) => note.closest(s)).find((c) => c !== null) ?? note.parentElement;
  if (!container) return undefined;
  for (const el of container.querySelectorAll('span, div, p')) {
    if (el.children.length > 0) continue;
    const match = NOTE_COUNTER_PATTERN.exec(el.textContent ?? '');
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}
