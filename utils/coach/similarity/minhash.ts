// MinHash: a fixed-size signature per note whose agreement rate estimates shingle-set Jaccard
// similarity, so comparing against 10,000 past notes is 10,000 short array scans.

export const SIGNATURE_SIZE = 64;

/** Odd multipliers and offsets for the hash permutations, fixed so signatures are stable. */
const MULTIPLIERS = Uint32Array.from(
  { length: SIGNATURE_SIZE },
  (_, index) => Math.imul(index + 1, 0x9e3779b1) | 1,
);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, index) => Math.imul(index + 7, 0x85ebca6b));

export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let at = 0; at < shingles.length; at++) {
    const shingle = shingles[at] ?? 0;
    for (let slot = 0; slot < SIGNATURE_SIZE; slot++) {
      const mixed = mix((Math.imul(shingle, MULTIPLIERS[slot] ?? 1) + (OFFSETS[slot] ?? 0)) >>> 0);
      if (mixed < (signature[slot] ?? 0)) signature[slot] = mixed;
    }
  }
  return signature;
}

/** Final avalanche (from MurmurHash3) so nearby inputs land far apart. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
