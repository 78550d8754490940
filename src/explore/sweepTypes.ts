/**
 * The contract of a fault-set sweep (`faultline spof`): a subject that knows its failable
 * elements, which of them have the same effect, and what a set of failed elements breaks.
 * The sweep (`sweep.ts`) depends on this interface only, never on a protocol model.
 */

/** One property a fault set breaks, with what shows it (e.g. `Server3 ↛ Server1`). */
export interface Break {
  /** Index of the property in {@link SweepSubject.properties}. */
  readonly property: number;
  /** Human-readable evidence, canonical so two ways of computing it agree. */
  readonly details: readonly string[];
}

/** What a sweep runs on. */
export interface SweepSubject<E> {
  /** Property names, in a fixed order (at most 30). */
  readonly properties: readonly string[];
  /** The candidate elements, in a fixed order. */
  elements(): readonly E[];
  /** A stable id and a label for reports. */
  id(element: E): string;
  label(element: E): string;
  /**
   * Elements with equal keys have the same effect, alone and in any combination: failing one
   * or several of them is the same as failing any one of them.
   */
  equivalenceKey(element: E): string;
  /** What the set breaks (`failed` holds one element per class, in candidate order). */
  evaluate(failed: readonly E[]): readonly Break[];
  /**
   * Optional fast path for single failures: what failing `element` alone breaks, or
   * `'baseline'` when it is proved to change nothing any property observes. Must equal
   * `evaluate([element])`.
   */
  evaluateSingle?(element: E): readonly Break[] | 'baseline';
}

/** One equivalence class of elements. */
export interface SweepClass<E> {
  readonly key: string;
  /** The representative (first member in candidate order) and every member. */
  readonly representative: E;
  readonly members: readonly E[];
}

/** A minimal fault set (one class per element) and the properties it breaks first. */
export interface SweepRow<E> {
  readonly classes: readonly SweepClass<E>[];
  /** Only properties no smaller subset already breaks. */
  readonly breaks: readonly Break[];
  /** Position of the class set in enumeration order (size, then class indices): merges sort by it. */
  readonly ordinal: number;
}

/** Live figures for a progress line. */
export interface SweepProgress {
  readonly done: number;
  readonly total: number;
  readonly seconds: number;
}

/** Options of {@link sweep}. */
export interface SweepOptions {
  /** Largest fault-set size; default 1. */
  readonly k?: number;
  readonly timeoutSeconds?: number;
  readonly onProgress?: (progress: SweepProgress) => void;
  /** Milliseconds clock; default `performance.now`. */
  readonly now?: () => number;
  /**
   * Run one share of the sweep (decision 0029): the class sets whose ordinal o has
   * `o % count === index` (0-based). Smaller sets are still evaluated in full for the
   * minimal-set pruning, but only the owned ones are counted and reported.
   */
  readonly shard?: SweepShard;
}

/** One share of a sweep: `index` in 0..count-1. */
export interface SweepShard {
  readonly index: number;
  readonly count: number;
}

/** The outcome of a sweep. */
export interface SweepResult<E> {
  readonly k: number;
  readonly complete: boolean;
  /** Non-empty fault sets of size ≤ k over the candidate elements (all covered when complete). */
  readonly faultSets: number;
  /** Class sets considered (one per combination of distinct classes of size ≤ k). */
  readonly classSets: number;
  /** Class sets actually evaluated (the rest proved unchanged or already covered). */
  readonly evaluated: number;
  readonly classes: readonly SweepClass<E>[];
  /** What breaks with no fault at all (then every fault set breaks it too). */
  readonly baseline: readonly Break[];
  readonly rows: readonly SweepRow<E>[];
  readonly seconds: number;
  /**
   * With a shard: `faultSets`, `classSets` and `evaluated` count the shard's own class sets;
   * these are the figures of the whole sweep, which a complete merge reports.
   */
  readonly totals?: { readonly faultSets: number; readonly classSets: number };
}
