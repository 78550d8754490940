/**
 * Settles every bond against the forwarding graph and builds each endpoint's interfaces.
 *
 * MII bonds depend on carrier only and bonds without a monitor on nothing: both settle at once. ARP bonds depend on the others: a
 * target answers through whatever interface *it* uses, and without validation a slave stays
 * up on other endpoints' traffic. So ARP bonds start where they were before the faults
 * (the first slave with carrier in preference order is active: the pre-fault choice) and are
 * re-evaluated in bond order, pass after pass, each seeing the choices already made, until a
 * pass changes nothing. This finds the state the bonds are stuck in, such as two hosts whose
 * unvalidated ARP monitors keep each other's dead path up (PROTOCOLS.md §3.2 gotcha). A
 * design whose bonds keep flipping is reported as not stable after {@link MAX_PASSES}.
 *
 * 802.3ad bonds aggregate the slaves that face one partner system: a switch, or both peers of
 * an MC-LAG domain ({@link partnerSystemOf}).
 */
import { spreadOf } from './bondMode.js';
import { bondStatusOf, type BondStatus, type SlaveProbe } from './bondMonitor.js';
import type { CompiledTopology } from './compileTopology.js';
import { nicReachesNic, type Interface } from './endpointReach.js';
import type { FaultState } from './faultState.js';
import type { ForwardingGraph } from './forwardingGraph.js';

/** Passes over the ARP bonds before giving up on a fixed point. */
export const MAX_PASSES = 16;

/** Settled bonds and the interfaces of every node (empty for switches and dead endpoints). */
export interface SettledBonds {
  readonly bonds: readonly BondStatus[];
  readonly interfaces: readonly (readonly Interface[])[];
  /** False when the ARP bonds had not settled after {@link MAX_PASSES} passes. */
  readonly stable: boolean;
}

/** Settles the bonds of `topo` under `faults` over forwarding graph `g`. */
export function settleBonds(topo: CompiledTopology, faults: FaultState, g: ForwardingGraph): SettledBonds {
  const carrier = (nic: number): boolean => faults.carrier[nic] === 1;
  const interfaces: Interface[][] = topo.nodeNames.map(() => []);
  const bondSlot: number[] = [];
  topo.nodeNames.forEach((_, n) => {
    if (topo.nodeKinds[n] === 'switch' || faults.nodeDown[n]) return;
    for (const p of topo.nodePorts[n]!) {
      if (topo.portBond[p] === -1 && topo.portPeer[p]! >= 0) interfaces[n]!.push({ nics: [p], spread: 'single' });
    }
  });
  const statuses: BondStatus[] = topo.bonds.map((bond, b) => {
    const withCarrier = bond.slaves.filter(carrier);
    const used = bond.mode === 'active-backup' || bond.mode === '802.3ad' ? withCarrier.slice(0, 1) : withCarrier;
    const status = { used, up: withCarrier };
    const list = interfaces[bond.host]!;
    bondSlot[b] = faults.nodeDown[bond.host] ? -1 : list.push({ nics: used, spread: spreadOf(bond.mode) }) - 1;
    return status;
  });
  const setUsed = (b: number, status: BondStatus): boolean => {
    const before = statuses[b]!.used;
    statuses[b] = status;
    const slot = bondSlot[b]!;
    if (slot < 0) return false;
    const bond = topo.bonds[b]!;
    interfaces[bond.host]![slot] = { nics: status.used, spread: spreadOf(bond.mode) };
    return before.length !== status.used.length || before.some((s, i) => s !== status.used[i]);
  };

  const mii = topo.bonds.flatMap((bond, b) => (bond.monitor !== 'arp' ? [b] : []));
  const arp = topo.bonds.flatMap((bond, b) => (bond.monitor === 'arp' ? [b] : []));
  let senders = sendersOf(topo, g, interfaces);
  let self = -1;
  const probe: SlaveProbe = {
    carrier,
    answeringTargets: (nic) => topo.bonds[self]!.targets.filter((t) => answers(topo, faults, g, interfaces, nic, t)).length,
    receivesOtherTraffic: (nic) => receivesOther(g, senders, topo.bonds[self]!.host, nic, interfaces),
    hears: (from, nic) => nicReachesNic(g, from, nic),
    partnerOf: partnerSystemOf(topo, g),
  };
  for (const b of mii) {
    self = b;
    setUsed(b, bondStatusOf(topo.bonds[b]!, probe));
  }
  let stable = arp.length === 0;
  for (let pass = 0; pass < MAX_PASSES && !stable; pass++) {
    senders = sendersOf(topo, g, interfaces);
    let changed = false;
    for (const b of arp) {
      self = b;
      if (setUsed(b, bondStatusOf(topo.bonds[b]!, probe))) changed = true;
    }
    stable = !changed;
  }
  return { bonds: statuses, interfaces, stable };
}

/**
 * The LACP partner system a NIC faces: the far-end switch, or the shared system of its MC-LAG
 * domain (§5.1), so an 802.3ad bond to an MC-LAG pair aggregates its slaves on both peers, as
 * the LAG view does. Back-to-back NICs face their link's own vertex.
 */
export function partnerSystemOf(topo: CompiledTopology, g: ForwardingGraph): (nic: number) => number {
  const nodes = topo.nodeNames.length;
  return (nic) => {
    const v = g.nicVertex[nic]!;
    return v >= 0 && v < nodes ? topo.lags.systemOf[v]! : v;
  };
}

/** Per component, how many endpoint NICs send into it. */
function sendersOf(topo: CompiledTopology, g: ForwardingGraph, interfaces: readonly (readonly Interface[])[]): Map<number, number> {
  const count = new Map<number, number>();
  for (const n of topo.endpoints) {
    for (const i of interfaces[n]!) {
      for (const nic of i.nics) {
        if (!g.nicUp[nic]) continue;
        const c = g.comp[g.nicVertex[nic]!]!;
        count.set(c, (count.get(c) ?? 0) + 1);
      }
    }
  }
  return count;
}

/** Whether frames of an endpoint other than `host` arrive on `nic`. */
function receivesOther(
  g: ForwardingGraph,
  senders: ReadonlyMap<number, number>,
  host: number,
  nic: number,
  interfaces: readonly (readonly Interface[])[],
): boolean {
  if (!g.nicDown[nic]) return false;
  const target = g.comp[g.nicVertex[nic]!]!;
  const own = new Map<number, number>();
  for (const i of interfaces[host]!) {
    for (const s of i.nics) {
      if (g.nicUp[s]) own.set(g.comp[g.nicVertex[s]!]!, (own.get(g.comp[g.nicVertex[s]!]!) ?? 0) + 1);
    }
  }
  const others = (c: number): number => (senders.get(c) ?? 0) - (own.get(c) ?? 0);
  if (!g.directed) return others(target) > 0;
  for (const c of senders.keys()) if (others(c) > 0 && g.compReaches(c, target)) return true;
  return false;
}

/** Whether ARP target node `t` answers a request sent from `nic`, back through `nic`. */
function answers(
  topo: CompiledTopology,
  faults: FaultState,
  g: ForwardingGraph,
  interfaces: readonly (readonly Interface[])[],
  nic: number,
  t: number,
): boolean {
  if (faults.nodeDown[t] || !g.nicUp[nic] || !g.nicDown[nic]) return false;
  const mine = g.comp[g.nicVertex[nic]!]!;
  if (topo.nodeKinds[t] === 'switch') return g.compReaches(mine, g.comp[t]!) && g.compReaches(g.comp[t]!, mine);
  return interfaces[t]!.some((j) => {
    const pick = j.spread === 'all' ? 'every' : 'some';
    return j.nics.length > 0 && j.nics[pick]((r) => nicReachesNic(g, nic, r) && nicReachesNic(g, r, nic));
  });
}
