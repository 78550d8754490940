/**
 * A small direct-mapped cache of state keys a search has already handled itself, kept in
 * front of the visited set so a repeat discovery costs one probe of a table that fits in the
 * CPU's L2 cache instead of a probe of the big table (and, in the parallel search, a record
 * sent to another worker: decision 0036). Exact: a hit is decided by comparing every byte of
 * the key, never by a hash; a miss overwrites the slot. A hit only says "this key went
 * through here before"; what that is worth is the caller's argument.
 */
export class SeenCache {
  private readonly keys: Uint8Array;
  private readonly shift: number;

  /**
   * A cache of about `bytes` bytes for keys of `width` bytes (a power of two slots, at least
   * 2^10), every slot holding `filler` at first: a key whose repeats are known to be
   * redundant from the start (an initial state's), so no slot needs an "empty" mark.
   */
  constructor(
    private readonly width: number,
    filler: Uint8Array,
    bytes = 1 << 19,
  ) {
    const bits = Math.max(10, Math.min(24, Math.floor(Math.log2(bytes / Math.max(1, width)))));
    this.shift = 32 - bits;
    this.keys = new Uint8Array((1 << bits) * width);
    for (let off = 0; off < this.keys.length; off += width) this.keys.set(filler.subarray(0, width), off);
  }

  /** Number of slots. */
  get slots(): number {
    return this.keys.length / this.width;
  }

  /**
   * True when `key` (of hash `h`, any 32-bit hash of it) is in the cache; otherwise puts it
   * in (evicting what its slot held) and returns false.
   */
  seen(key: Uint8Array, h: number): boolean {
    const slot = Math.imul(h, 0x85ebca6b) >>> this.shift;
    const w = this.width;
    const keys = this.keys;
    const off = slot * w;
    let b = 0;
    while (b < w && keys[off + b] === key[b]) b++;
    if (b === w) return true;
    for (let b = 0; b < w; b++) keys[off + b] = key[b]!;
    return false;
  }
}
