/**
 * First-hop gateways at the converged level (PROTOCOLS.md §1, §8; SCENARIOS R6–R8).
 *
 * - VRRP: adverts follow each direction. A member hears another's adverts when frames pass
 *   from the sender's forwarding component to its own (same component, or downstream of a
 *   one-way link: `ForwardingGraph.compReaches`). Members are taken in priority order (ties:
 *   declaration order, standing in for the higher address); a member is master unless the
 *   adverts of a higher master already chosen reach it (RFC 5798 §6.4.2: a Backup that hears
 *   a higher-priority Master stays Backup; a Backup sends no adverts). So a one-way link that
 *   still carries the higher master's adverts keeps one master, and only the direction that
 *   silences it gives two (issue 12 item 1); a partitioned LAN has one master per part, which
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
  // A vPC secondary that suspended on peer-link loss shut its SVIs (mclagState.ts `svisDown`).
  topo.lags.mclag.forEach((d, i) => c.faults.mclag[i]?.svisDown && stopped.add(gatewayFaultId(gw.name, topo.nodeNames[d.secondary]!)));
  // A live member cut off from every LAN segment serves nobody and is left out.
  const live = gw.members.filter((m) => !c.faults.nodeDown[m] && !stopped.has(gatewayFaultId(gw.name, topo.nodeNames[m]!))).map((m) => ({ m, comps: compsOf(m) })).filter((x) => x.comps.size > 0);
  let active = live;
  if (gw.kind === 'vrrp') {
    const hears = (from: Set<number>, to: Set<number>): boolean => [...from].some((a) => [...to].some((b) => c.graph.compReaches(a, b)));
    active = [];
    for (const x of live) if (!active.some((m) => hears(m.comps, x.comps))) active.push(x);
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
