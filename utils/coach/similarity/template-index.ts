import type { PastNote } from '../schema';
import { SIGNATURE_SIZE, signatureOf } from './minhash';
import { shingleHashes } from './shingles';

// Signatures are cached per note text (bounded), so a fresh copy of a known history costs one map
// lookup per note. A history array seen a second time (the next keystroke) gets its signatures
// packed back to back, and from then on costs only the comparisons.

const MAX_CACHED_TEXTS = 50_000;
const signatureByText = new Map<string, Uint32Array>();
const packedByNotes = new WeakMap<readonly PastNote[], { length: number; packed?: Uint32Array }>();

export function noteSignature(text: string): Uint32Array {
  let signature = signatureByText.get(text);
  if (!signature) {
    signature = signatureOf(shingleHashes(text));
    if (signatureByText.size >= MAX_CACHED_TEXTS) signatureByText.clear();
    signatureByText.set(text, signature);
  }
  return signature;
}

/** How many past notes are at least `threshold` similar to this text (MinHash estimate). */
export function countNearCopies(text: string, notes: readonly PastNote[], threshold: number): number {
  if (notes.length === 0) return 0;
  const query = noteSignature(text);
  // Stop comparing a note as soon as it has disagreed in too many slots to reach the threshold.
  const allowedMisses = Math.floor((1 - threshold) * SIGNATURE_SIZE);
  const seen = packedByNotes.get(notes);
  if (seen?.length !== notes.length) {
    packedByNotes.set(notes, { length: notes.length });
    return notes.reduce(
      (copies, note) => copies + countClose(query, noteSignature(note.text), allowedMisses),
      0,
    );
  }
  seen.packed ??= pack(notes);
  return countClose(query, seen.packed, allowedMisses);
}

function pack(notes: readonly PastNote[]): Uint32Array {
  const packed = new Uint32Array(notes.length * SIGNATURE_SIZE);
  notes.forEach((note, index) => packed.set(noteSignature(note.text), index * SIGNATURE_SIZE));
  return packed;
}

/** Signatures in `packed` (one or many, back to back) within `allowedMisses` slots of the query. */
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
