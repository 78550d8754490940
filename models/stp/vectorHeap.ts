/** A binary min-heap of root path vectors (the Dijkstra frontier of `convergeStp`). */
import { compareVectors, type RootPathVector } from './priorityVector.js';

/** A min-heap ordered by `compareVectors`. */
export class VectorHeap {
  private readonly items: RootPathVector[] = [];

  /** Number of vectors held. */
  get size(): number {
    return this.items.length;
  }

  /** Adds a vector. */
  push(v: RootPathVector): void {
    const items = this.items;
    items.push(v);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as RootPathVector;
      if (compareVectors(v, p) >= 0) break;
      items[i] = p;
      i = parent;
    }
    items[i] = v;
  }

  /** Removes and returns the best vector, or undefined when empty. */
  pop(): RootPathVector | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && compareVectors(items[r] as RootPathVector, items[l] as RootPathVector) < 0) c = r;
      const child = items[c] as RootPathVector;
      if (compareVectors(child, last) >= 0) break;
      items[i] = child;
      i = c;
    }
    items[i] = last;
    return top;
  }
}
