import type { PastNote } from '../schema';
import { SIGNATURE_SIZE, estimatedSimilarity, signatureOf } from './minhash';
import { shingleHashes } from './shingles';

// Signatures are cached per note text (bounded), and the packed index per notes array, so a
// caller that passes the same history on every keystroke pays for hashing once.

const MAX_CACHED_TEXTS = 50_000;
const signatureByText = new Map<string, Uint32Array>();
const indexByNotes = new WeakMap<readonly PastNote[], Uint32Array>();

export function noteSignature(text: string): Uint32Array {
  let signature = signatureByText.get(text);
  if (!signature) {
    signature = signatureOf(shingleHashes(text));
    if (signatureByText.size >= MAX_CACHED_TEXTS) signatureByText.clear();
    signatureByText.set(text, signature);
  }
  return signature;
}

function packedIndex(notes: readonly PastNote[]): Uint32Array {
  let packed = indexByNotes.get(notes);
  if (!packed) {
    packed = new Uint32Array(notes.length * SIGNATURE_SIZE);
    notes.forEach((note, index) => packed?.set(noteSignature(note.text), index * SIGNATURE_SIZE));
    indexByNotes.set(notes, packed);
  }
  return packed;
}

/** How many past notes are at least `threshold` similar to this text. */
export function countNearCopies(text: string, notes: readonly PastNote[], threshold: number): number {
  if (notes.length === 0) return 0;
  const query = noteSignature(text);
  const packed = packedIndex(notes);
  let copies = 0;
  for (let index = 0; index < notes.length; index++) {
    if (estimatedSimilarity(query, packed, index * SIGNATURE_SIZE) >= threshold) copies++;
  }
  return copies;
}
