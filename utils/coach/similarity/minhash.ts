// MinHash: a fixed-size signature per note whose agreement rate estimates shingle-set Jaccard
// similarity, so comparing against 10,000 past notes is 10,000 short array scans.

export const SIGNATURE_SIZE = 64;

/** Odd multipliers and offsets for the hash permutations, fixed so signatures are stable. */
const SEEDS: ReadonlyArray<readonly [number, number]> = Array.from({ length: SIGNATURE_SIZE }, (_, index) => {
  const a = (Math.imul(index + 1, 0x9e3779b1) | 1) >>> 0;
  const b = Math.imul(index + 7, 0x85ebca6b) >>> 0;
  return [a, b] as const;
});

export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let slot = 0; slot < SIGNATURE_SIZE; slot++) {
      const seed = SEEDS[slot];
      if (!seed) continue;
      const mixed = mix((Math.imul(shingle, seed[0]) + seed[1]) >>> 0);
      if (mixed < (signature[slot] ?? 0)) signature[slot] = mixed;
    }
  }
  return signature;
}

/** Fraction of signature slots that agree: an estimate of Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array, offsetInB = 0): number {
  let same = 0;
  for (let slot = 0; slot < SIGNATURE_SIZE; slot++) {
    if (a[slot] === b[offsetInB + slot]) same++;
  }
  return same / SIGNATURE_SIZE;
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
