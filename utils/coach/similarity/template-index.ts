import type { PastNote } from '../schema';
import { SIGNATURE_SIZE, signatureOf } from './minhash';
import { shingleHashes } from './shingles';

// Signatures are cached per note text (bounded), so a history seen before, even as fresh copies
// of the same notes, costs one map lookup and a few comparisons per note; the same array again
// costs only the comparisons.

const MAX_CACHED_TEXTS = 50_000;
const signatureByText = new Map<string, Uint32Array>();
/** The same history array on the next keystroke skips even the per-text lookups. */
const signaturesByNotes = new WeakMap<readonly PastNote[], Uint32Array[]>();

/**
 * Slots checked before the full comparison. A note at the similarity threshold (≥ 0.5) agrees in
 * none of them with probability ≤ 0.5^8 ≈ 0.4%, and then it is one near-copy fewer counted.
 */
const PREFILTER_SLOTS = 8;

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
  const query = noteSignature(text);
  const allowedMisses = Math.floor((1 - threshold) * SIGNATURE_SIZE);
  let copies = 0;
  for (const signature of signaturesOf(notes)) {
    if (isClose(query, signature, allowedMisses)) copies++;
  }
  return copies;
}

function signaturesOf(notes: readonly PastNote[]): Uint32Array[] {
  const cached = signaturesByNotes.get(notes);
  // A history that has grown since (pushed to in place) is read again.
  if (cached?.length === notes.length) return cached;
  const signatures = notes.map((note) => noteSignature(note.text));
  signaturesByNotes.set(notes, signatures);
  return signatures;
}

function isClose(query: Uint32Array, other: Uint32Array, allowedMisses: number): boolean {
  const slots = SIGNATURE_SIZE; // a local: some module loaders turn imported bindings into getters
  let agree = 0;
  for (let slot = 0; slot < PREFILTER_SLOTS; slot++) if (query[slot] === other[slot]) agree++;
  if (agree === 0) return false;
  // Stop as soon as too many slots disagree to reach the threshold.
  let misses = PREFILTER_SLOTS - agree;
  for (let slot = PREFILTER_SLOTS; slot < slots && misses <= allowedMisses; slot++) {
    if (query[slot] !== other[slot]) misses++;
  }
  return misses <= allowedMisses;
}
