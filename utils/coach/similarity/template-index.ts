import type { PastNote } from '../schema';
import { SIGNATURE_SIZE, signatureOf } from './minhash';
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

/** How many past notes are at least `threshold` similar to this text (MinHash estimate). */
export function countNearCopies(text: string, notes: readonly PastNote[], threshold: number): number {
  if (notes.length === 0) return 0;
  const query = noteSignature(text);
  const packed = packedIndex(notes);
  // Stop comparing a note as soon as it has disagreed in too many slots to reach the threshold.
  return countClose(query, packed, Math.floor((1 - threshold) * SIGNATURE_SIZE));
}

function countClose(query: Uint32Array, packed: Uint32Array, allowedMisses: number): number {
  const slots = SIGNATURE_SIZE; // a local: some module loaders turn imported bindings into getters
  let copies = 0;
  for (let offset = 0; offset < packed.length; offset += slots) {
    let misses = 0;
    for (let slot = 0; slot < slots && misses <= allowedMisses; slot++) {
      if (query[slot] !== packed[offset + slot]) misses++;
    }
    if (misses <= allowedMisses) copies++;
  }
  return copies;
}
