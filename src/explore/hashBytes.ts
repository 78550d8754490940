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
  for (; i < blocks; i += 4) h = mixBlock(h, bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
  let k = 0;
  const tail = end - i;
  if (tail === 3) k ^= bytes[i + 2]! << 16;
  if (tail >= 2) k ^= bytes[i + 1]! << 8;
  if (tail >= 1) h ^= mixTail(k ^ bytes[i]!);
  return fmix32(h ^ length);
}

/**
 * MurmurHash3 (x86, 32-bit) of the words `words[offset..offset+count)` taken as 4-byte blocks:
 * {@link hashBytes} of their little-endian bytes, a word at a time. Returns a signed 32-bit
 * value (no heap number in V8's optimized code); `>>> 0` gives the unsigned one.
 */
export function hashWords(words: Int32Array, offset: number, count: number, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < count; i++) h = mixBlock(h, words[offset + i]!);
  return fmix(h ^ (count << 2));
}

/** MurmurHash3's step for one 4-byte block `k`. */
function mixBlock(h: number, k: number): number {
  const x = (h ^ mixTail(k)) | 0;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's scrambling of a block (or of the last 1–3 bytes) before it joins the hash. */
function mixTail(k: number): number {
  const x = Math.imul(k, 0xcc9e2d51);
  return Math.imul((x << 15) | (x >>> 17), 0x1b873593);
}

/** MurmurHash3's 32-bit finaliser: every input bit flips about half the output bits. */
export function fmix32(x: number): number {
  return fmix(x) >>> 0;
}

/** {@link fmix32} as a signed 32-bit value. */
function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
