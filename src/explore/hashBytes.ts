/**
 * MurmurHash3 (x86, 32-bit) over `bytes[offset..offset+length)`. Used to place states in
 * the visited set's open-addressed table; identity is always decided by comparing the bytes
 * (exact mode) or by a 64-bit fingerprint (hash compaction), never by this hash alone.
 */
export function hashBytes(bytes: Uint8Array, offset: number, length: number, seed: number): number {
  let h = seed | 0;
  let i = offset;
  const end = offset + length;
  const blocks = end - ((end - offset) & 3);
  for (; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const tail = end - i;
  if (tail === 3) k ^= bytes[i + 2]! << 16;
  if (tail >= 2) k ^= bytes[i + 1]! << 8;
  if (tail >= 1) {
    k ^= bytes[i]!;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  return fmix32(h ^ length);
}

/** MurmurHash3's 32-bit finaliser: every input bit flips about half the output bits. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
