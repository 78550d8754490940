/**
 * Port Role Selection (802.1D-2004 §17.21.25 updtRolesTree, §17.28): the bridge's root
 * priority vector is the best of its own bridge vector and, per port holding received
 * information, that information plus the port's path cost; then each port's role follows, and
 * a designated port whose stored vector differs from its designated vector is updated (Port
 * Information UPDATE, §17.27).
 */
import type { RstpConfig } from './config.js';
import { patchPort, type Draft } from './draft.js';
import { DISABLED_PORT, type PortState, type Role, type Vector } from './state.js';
import { compareVector, sameVector } from './vector.js';

/** The bridge's root priority vector, the Message Age it gives its designated ports, and its root port (-1 at a root). */
export interface RootPath {
  readonly vector: Vector;
  readonly age: number;
  readonly rootPort: number;
}

/** Computes the root path of bridge b from its ports' stored information. */
export function rootPathOf(config: RstpConfig, ports: readonly PortState[], b: number): RootPath {
  let vector: Vector = { root: b, cost: 0, bridge: b, port: 0 };
  let rootPort = -1;
  for (const p of config.portsOf[b]!) {
    const ps = ports[p]!;
    if (ps.info !== 'received' || ps.bridge === b) continue;
    const cand: Vector = { root: ps.root, cost: ps.cost + config.ports[p]!.cost, bridge: ps.bridge, port: ps.port };
    const c = compareVector(config, cand, vector);
    if (c < 0 || (c === 0 && rootPort >= 0 && config.ports[p]!.portId < config.ports[rootPort]!.portId)) {
      vector = cand;
      rootPort = p;
    }
  }
  return { vector, age: rootPort >= 0 ? ports[rootPort]!.age + 1 : 0, rootPort };
}

/** The designated priority vector of port p. */
export function designatedVector(path: RootPath, b: number, p: number): Vector {
  return { root: path.vector.root, cost: path.vector.cost, bridge: b, port: p };
}

/**
 * Selects roles on bridge b and applies what entering a role does (§17.29 BLOCK_PORT /
 * ALTERNATE_PORT, ROOT_PORT). Adds ports with new information to transmit to `newInfo`, and
 * clears `sync` of ports that become blocked. Returns whether anything changed.
 */
export function selectRoles(config: RstpConfig, d: Draft, b: number, newInfo: Set<number>, sync: Map<number, boolean>): boolean {
  const path = rootPathOf(config, d.ports, b);
  let changed = false;
  for (const p of config.portsOf[b]!) {
    const ps = d.ports[p]!;
    if (ps.info === 'disabled') {
      if (ps !== DISABLED_PORT && ps.role !== 'disabled') {
        d.ports[p] = DISABLED_PORT;
        changed = true;
      }
      continue;
    }
    const dv = designatedVector(path, b, p);
    let role: Role;
    if (p === path.rootPort) role = 'root';
    else if (ps.info === 'received' && compareVector(config, dv, ps) >= 0) role = ps.bridge === b ? 'backup' : 'alternate';
    else role = 'designated';
    if (role !== ps.role) {
      changed = true;
      enterRole(config, d, p, role, sync);
    }
    if (role === 'designated' && (ps.info !== 'mine' || !sameVector(ps, dv) || ps.age !== path.age)) {
      changed = true;
      // UPDATE (§17.27): agreed survives only if the new designated vector is better or the same.
      const cur = d.ports[p]!;
      const agreed = cur.agreed && cur.info === 'mine' && compareVector(config, dv, cur) <= 0;
      patchPort(d, p, { ...dv, info: 'mine', age: path.age, rcvdWhile: 0, proposing: false, proposed: false, agreed, synced: cur.synced && agreed });
      newInfo.add(p);
    }
  }
  return changed;
}

function enterRole(config: RstpConfig, d: Draft, p: number, role: Role, sync: Map<number, boolean>): void {
  switch (role) {
    case 'root':
      patchPort(d, p, { role, rrWhile: config.rrTicks });
      return;
    case 'designated':
      patchPort(d, p, { role });
      return;
    default:
      // BLOCK_PORT then ALTERNATE_PORT / BACKUP_PORT.
      patchPort(d, p, { role, st: 'discarding', fdWhile: config.fdTicks, synced: true, rrWhile: 0, reRoot: false });
      sync.set(p, false);
  }
}
