import { PagedBytes } from './pagedBytes.js';

const PAGE_SHIFT = PagedBytes.pageShift;
const PAGE = PagedBytes.pageRecords;
const ESCAPE = 255;

/**
 * An append-only Int32 column for values that mostly rise by small steps: the parent links of
 * a one-thread breadth-first search, where states are numbered in the order their parents are
 * expanded, so parent(i + 1) − parent(i) is 0 or a small number (decision 0036). Each value
 * costs one byte, its rise over the previous value; a rise outside 0..254 is an *escape*,
 * stored whole beside (8 bytes; the rises add up to at most the number of values, so at most
 * one value in 255 of a monotone column escapes). Each page of 4,096 values keeps its first
 * value whole, so reading value i sums at most 4,095 rises: cheap for the few reads a trace
 * makes, not meant for a hot loop. Exact for any sequence; compact for a monotone one.
 */
export class MonotoneColumn {
  private readonly firsts: number[] = [];
  private readonly rises: Uint8Array[] = [];
  private escapeIndex = new Int32Array(64);
  private escapeValue = new Int32Array(64);
  private escapes = 0;
  private count = 0;
  private last = 0;

  /** Values stored. */
  get length(): number {
    return this.count;
  }

  /** Bytes allocated: rise pages, page firsts, escapes. */
  get allocatedBytes(): number {
    return this.rises.length * (PAGE + 8) + this.escapeIndex.byteLength * 2;
  }

  /** Appends `value` at `index`, which must be the next index (the column is append-only). */
  set(index: number, value: number): void {
    if (index !== this.count) throw new RangeError(`MonotoneColumn is append-only: set(${index}) after ${this.count} values`);
    const page = index >>> PAGE_SHIFT;
    if ((index & (PAGE - 1)) === 0) {
      this.firsts.push(value);
      this.rises.push(new Uint8Array(PAGE));
    } else {
      const rise = value - this.last;
      if (rise >= 0 && rise < ESCAPE) this.rises[page]![index & (PAGE - 1)] = rise;
      else {
        this.rises[page]![index & (PAGE - 1)] = ESCAPE;
        this.escape(index, value);
      }
    }
    this.last = value;
    this.count++;
  }

  /** The value at `index`. */
  get(index: number): number {
    const page = index >>> PAGE_SHIFT;
    const rises = this.rises[page]!;
    let value = this.firsts[page]!;
    const start = page << PAGE_SHIFT;
    for (let i = 1; i <= (index & (PAGE - 1)); i++) {
      const r = rises[i]!;
      value = r === ESCAPE ? this.escaped(start + i) : value + r;
    }
    return value;
  }

  private escape(index: number, value: number): void {
    if (this.escapes === this.escapeIndex.length) {
      const index2 = new Int32Array(this.escapes * 2);
      const value2 = new Int32Array(this.escapes * 2);
      index2.set(this.escapeIndex);
      value2.set(this.escapeValue);
      this.escapeIndex = index2;
      this.escapeValue = value2;
    }
    this.escapeIndex[this.escapes] = index;
    this.escapeValue[this.escapes++] = value;
  }

  /** The escaped value at `index` (escapes are appended in index order: binary search). */
  private escaped(index: number): number {
    let lo = 0;
    let hi = this.escapes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.escapeIndex[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return this.escapeValue[lo]!;
  }
}
