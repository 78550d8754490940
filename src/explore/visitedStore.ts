import type { LimitName } from '../core/result.js';

/** What `insert` returns for a new state the store refused (see `refusal`). */
export const REFUSED = -0x80000000;

/** Caps a store enforces itself, so a run stops *before* crossing them. */
export interface StoreLimits {
  readonly maxStates: number;
  readonly maxBytes: number;
}

/** The visited set as the explorer sees it; exact or fingerprint-based. */
export interface VisitedStore {
  /** Number of states stored. */
  readonly size: number;
  /** Largest number of states this store can hold. */
  readonly capacity: number;
  /**
   * Adds `key` (first `width` bytes) unless present. Returns the new state's id (≥ 0), or
   * `-1 - id` of the state already stored (exact mode) / `-1` (hash compaction), or
   * {@link REFUSED} when the state is new but storing it would cross a limit.
   */
  insert(key: Uint8Array, parent: number, choice: number): number;
  /** Copies a stored (or, for hash compaction, still queued) state into `dst`. */
  read(id: number, dst: Uint8Array): void;
  /** Parent id of a state (-1 for an initial state). */
  parentOf(id: number): number;
  /** The successor index that led to `id`, when the store keeps it (else -1). */
  choiceOf(id: number): number;
  /** Lets the store free what the explorer will never read again (states below `id`). */
  consumedBelow(id: number): void;
  /** Which limit made the store refuse a new state, if one did. */
  readonly refusal: LimitName | undefined;
  /** Bytes held now: table, arena, parent links. */
  readonly allocatedBytes: number;
}

/**
 * Whether storing one more state (which would allocate `growth` more bytes) would cross a
 * limit; records which on the store.
 */
export function refuses(
  store: { refusal: LimitName | undefined },
  count: number,
  limits: StoreLimits,
  bytesNow: number,
  growth: number,
): boolean {
  if (count >= limits.maxStates) store.refusal = 'max-states';
  else if (bytesNow + growth > limits.maxBytes) store.refusal = 'max-memory';
  else return false;
  return true;
}
