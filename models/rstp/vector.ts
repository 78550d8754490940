/**
 * Priority vector comparison (802.1D-2004 §17.6, PROTOCOLS.md §6.2): root bridge id, root
 * path cost, designated bridge id, designated port id; lower is better, the first difference
 * decides. Bridges compare by rank (bridge id order), ports by port id — the same order as
 * models/stp `compareVectors`, with the root id kept because stale roots are the point here.
 */
import type { RstpConfig } from './config.js';
import type { Vector } from './state.js';

/** Negative when `a` is better, positive when `b` is, 0 when equal. */
export function compareVector(config: RstpConfig, a: Vector, b: Vector): number {
  if (a.root !== b.root) return config.rank[a.root]! - config.rank[b.root]!;
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.bridge !== b.bridge) return config.rank[a.bridge]! - config.rank[b.bridge]!;
  return config.ports[a.port]!.portId - config.ports[b.port]!.portId;
}

/** Whether two vectors are the same. */
export function sameVector(a: Vector, b: Vector): boolean {
  return a.root === b.root && a.cost === b.cost && a.bridge === b.bridge && a.port === b.port;
}

/**
 * §17.6 "superior": better, or sent by the same designated bridge and port as the stored one
 * (a designated bridge's newer information replaces its older, even when worse).
 */
export function superior(config: RstpConfig, msg: Vector, stored: Vector): boolean {
  return compareVector(config, msg, stored) < 0 || (msg.bridge === stored.bridge && msg.port === stored.port && !sameVector(msg, stored));
}

/** Just the four vector fields of `v`. */
export function vectorOf(v: Vector): Vector {
  return { root: v.root, cost: v.cost, bridge: v.bridge, port: v.port };
}
