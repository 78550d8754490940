/**
 * First-hop gateways at the converged level (PROTOCOLS.md §1, §8; SCENARIOS R6–R8).
 *
 * - VRRP: members hear each other's adverts when they share a forwarding component (a
 *   switch member through its own bridge, a router through its NICs). In every component
 *   the live member with the highest priority (ties: declaration order, standing in for the
 *   higher address) is master; a partitioned LAN therefore has one master per part, which
 *   `single-master` reports. A host is served by a master in a component it attaches to.
 * - Anycast (VRR, VARP, EVPN distributed gateway): every live member answers for the same
 *   address and MAC; no election. A host is served by every live member it attaches to
 *   and its frames go to the nearest (`capacityRouting.ts`).
 * A `gateway` fault (the VRRP or anycast process on a live node) removes that member only; the
 * node keeps forwarding frames.
 * Abstracted: advert timers, preemption delays and `nopreempt` history (a converged state
 * has no memory; decision 0008), tracking scripts.
 */
import type { CompiledTopology } from './compileTopology.js';
import type { ConvergedL2 } from './converge.js';
import type { Attachment } from './pathsAttachments.js';
import type { GatewaySpec } from './lagSpec.js';
import { gatewayFaultId } from './faults.js';
import { FaultlineError } from '../../src/core/errors.js';

/** A gateway with node indices; members sorted by priority, highest first. */
export interface CompiledGateway {
  readonly name: string;
  readonly kind: 'vrrp' | 'anycast';
  readonly members: readonly number[];
  readonly hosts: readonly number[];
}

/** A gateway in one converged state. */
export interface GatewayStatus {
  readonly name: string;
  /** VRRP masters (anycast: every live member that some host reaches). */
  readonly masters: readonly number[];
  /** Members serving endpoint `n`. */
  serving(n: number): readonly number[];
}

/** Compiles `spec` against `topo`. */
export function compileGateway(topo: CompiledTopology, spec: GatewaySpec): CompiledGateway {
  const index = (name: string): number =>
    topo.nodeIndex.get(name) ?? (() => { throw new FaultlineError({ code: 'FL310', message: `invalid topology: gateway ${spec.name} names no node ${name}` }); })();
  const members = spec.members
    .map((m, i) => ({ n: index(m.node), priority: m.priority ?? 100, i }))
    .sort((x, y) => y.priority - x.priority || x.i - y.i)
    .map((m) => m.n);
  const hosts = spec.hosts ? spec.hosts.map(index) : topo.nodeKinds.flatMap((k, n) => (k === 'host' ? [n] : []));
  return { name: spec.name, kind: spec.kind, members, hosts };
}

/** The gateway's masters and who serves whom; `attach(n)` gives endpoint attachments. */
export function gatewayStatusOf(
  topo: CompiledTopology,
  gw: CompiledGateway,
  c: ConvergedL2,
  attach: (n: number) => readonly Attachment[],
): GatewayStatus {
  const compsOf = (n: number): Set<number> =>
    topo.nodeKinds[n] === 'switch' ? new Set(c.faults.nodeDown[n] ? [] : [c.graph.comp[n]!]) : new Set(attach(n).map((a) => c.graph.comp[a.switchNode]!));
  // A `gateway` fault stops the process on a live node: that member neither serves nor elects.
  const stopped = new Set(c.failed.flatMap((e) => (e.kind === 'gateway' ? [e.id] : [])));
  // A live member cut off from every LAN segment serves nobody and is left out.
  const live = gw.members.filter((m) => !c.faults.nodeDown[m] && !stopped.has(gatewayFaultId(gw.name, topo.nodeNames[m]!))).map((m) => ({ m, comps: compsOf(m) })).filter((x) => x.comps.size > 0);
  let active = live;
  if (gw.kind === 'vrrp') {
    const taken = new Set<number>();
    active = [];
    for (const x of live) {
      if ([...x.comps].some((k) => taken.has(k))) continue;
      x.comps.forEach((k) => taken.add(k));
      active.push(x);
    }
  }
  return {
    name: gw.name,
    masters: active.map((x) => x.m),
    serving(n) {
      const mine = compsOf(n);
      return active.filter((x) => [...x.comps].some((k) => mine.has(k))).map((x) => x.m);
    },
  };
}
