/**
 * Which shard of `check --shard i/n` owns a first fault (docs/decisions/0048): the FNV-1a
 * hash of the fault's label modulo n. Every machine computes the same owner from the label
 * alone, so the shards agree without talking to each other, and every fault-free prefix ends
 * in exactly one shard's first fault.
 */
import type { SweepShard } from './sweepTypes.js';

/**
 * The name of this split, written in every check shard file: shards split another way (by
 * another faultline) do not cover the runs together, so a merge requires one name.
 */
export const FIRST_FAULT_SPLIT = 'first-fault label, FNV-1a mod n';

/** 32-bit FNV-1a over the label's UTF-16 code units (stable across machines and runs). */
function fnv1a(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The 0-based shard of an n-way split that owns runs whose first fault is `label`. */
export function firstFaultOwner(label: string, count: number): number {
  return fnv1a(label) % count;
}

/** True when `shard` explores the runs whose first fault is `label`. */
export function ownsFirstFault(shard: SweepShard, label: string): boolean {
  return firstFaultOwner(label, shard.count) === shard.index;
}
