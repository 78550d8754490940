/**
 * A growable sequence of fixed-width records stored in pages of 4,096 records, so growth
 * never copies what is already stored and memory rises in small steps. Pages can be
 * released once read (the hash-compaction queue does so).
 */
export class PagedBytes {
  static readonly pageShift = 12;
  static readonly pageRecords = 1 << PagedBytes.pageShift;
  private readonly pages: (Uint8Array | undefined)[] = [];
  private liveBytes = 0;

  constructor(readonly width: number) {}

  /** Bytes that writing record `index` would newly allocate (a page, or nothing). */
  growthFor(index: number): number {
    return this.pages[index >>> PagedBytes.pageShift] === undefined ? PagedBytes.pageRecords * this.width : 0;
  }

  /** Bytes currently allocated. */
  get allocatedBytes(): number {
    return this.liveBytes;
  }

  /** Writes record `index` from `src[0..width)`, allocating its page if needed. */
  write(index: number, src: Uint8Array): void {
    const p = index >>> PagedBytes.pageShift;
    let page = this.pages[p];
    if (page === undefined) {
      page = new Uint8Array(PagedBytes.pageRecords * this.width);
      this.pages[p] = page;
      this.liveBytes += page.byteLength;
    }
    const w = this.width;
    const off = (index & (PagedBytes.pageRecords - 1)) * w;
    for (let i = 0; i < w; i++) page[off + i] = src[i]!;
  }

  /** Copies record `index` into `dst[0..width)`. */
  read(index: number, dst: Uint8Array): void {
    const page = this.pages[index >>> PagedBytes.pageShift]!;
    const w = this.width;
    const off = (index & (PagedBytes.pageRecords - 1)) * w;
    for (let i = 0; i < w; i++) dst[i] = page[off + i]!;
  }

  /** Frees every page whose records all lie below `index`. */
  releaseBelow(index: number): void {
    const last = (index >>> PagedBytes.pageShift) - 1;
    for (let p = 0; p <= last; p++) {
      const page = this.pages[p];
      if (page !== undefined) {
        this.liveBytes -= page.byteLength;
        this.pages[p] = undefined;
      }
    }
  }
}

/** A growable Int32 column stored in pages, like {@link PagedBytes}. */
export class PagedInt32 {
  private readonly pages: Int32Array[] = [];

  get allocatedBytes(): number {
    return this.pages.length * PagedBytes.pageRecords * 4;
  }

  set(index: number, value: number): void {
    const p = index >>> PagedBytes.pageShift;
    while (this.pages.length <= p) this.pages.push(new Int32Array(PagedBytes.pageRecords));
    this.pages[p]![index & (PagedBytes.pageRecords - 1)] = value;
  }

  get(index: number): number {
    return this.pages[index >>> PagedBytes.pageShift]![index & (PagedBytes.pageRecords - 1)]!;
  }
}

/**
 * A growable sequence of fixed-width records of 32-bit words (packed state keys, decision
 * 0043), in pages of {@link PagedBytes.pageRecords} records like {@link PagedBytes}.
 */
export class PagedWords {
  /** Page p holds records p · pageRecords … (p + 1) · pageRecords − 1, `words` words each. */
  readonly pages: Int32Array[] = [];

  constructor(readonly words: number) {}

  /** Bytes that writing record `index` would newly allocate (a page, or nothing). */
  growthFor(index: number): number {
    return index >>> PagedBytes.pageShift < this.pages.length ? 0 : PagedBytes.pageRecords * this.words * 4;
  }

  /** Bytes currently allocated. */
  get allocatedBytes(): number {
    return this.pages.length * PagedBytes.pageRecords * this.words * 4;
  }

  /** Writes record `index` (the next one, or one already allocated) from `src[0..words)`. */
  write(index: number, src: Int32Array): void {
    const p = index >>> PagedBytes.pageShift;
    if (p === this.pages.length) this.pages.push(new Int32Array(PagedBytes.pageRecords * this.words));
    const page = this.pages[p]!;
    const w = this.words;
    const off = (index & (PagedBytes.pageRecords - 1)) * w;
    for (let i = 0; i < w; i++) page[off + i] = src[i]!;
  }
}
