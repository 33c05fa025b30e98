import { editNote, selectInNote } from './edit-note';

/**
 * Puts a starter into LinkedIn's note as typing would (see editNote), replacing what is there, and
 * selects its marked spot, if it has one, so what the person types next replaces it.
 */
export function insertNote(note: HTMLTextAreaElement, text: string, spot?: readonly [number, number]): void {
  editNote(note, 0, note.value.length, text);
  if (spot) selectInNote(note, spot);
}
