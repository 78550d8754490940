/**
 * The converged spanning tree of a switched topology under a set of failed links and bridges.
 *
 * What is modelled: the fixed point that RSTP (802.1D-2004 clause 17) and legacy STP
 * (802.1D-1998, what the Linux kernel bridge runs) both reach once BPDUs stop changing: per
 * connected component of live STP bridges the root (lowest bridge id), each bridge's root
 * port (best root path priority vector, §17.6: cost, designated bridge id, designated port id,
 * receiving port id), each segment's designated port (best designated vector: root path cost,
 * bridge id, port id), and from those every port's role (§17.7) and state.
 * Sources: PROTOCOLS.md §6.1–6.3, §6.8; Linux `br_stp.c` (`br_should_become_root_port`,
 * `br_should_become_designated_port`), `br_input.c` (`br_handle_frame`).
 * Abstracted away: timers, transient states (Listening/Learning), proposals, topology change,
 * count to infinity, Max Age as a hop limit (see docs/decisions/0007-converged-stp.md).
 *
 * Cost: a Dijkstra over bridges keyed by root path priority vectors, O(E log E) per call.
 * Costs are ≥ 1, so a bridge's root path always comes from a bridge already settled.
 */
import { indexTopology } from './indexTopology.js';
import { compareDesignated, type DesignatedVector } from './priorityVector.js';
import { segmentsOf } from './segmentsOf.js';
import {
  type StpBridgeResult,
  type StpPortResult,
  type StpPortRole,
  type StpPortState,
  type StpResult,
  type StpTopology,
} from './types.js';
import { VectorHeap } from './vectorHeap.js';

/**
 * Computes the converged spanning tree of `topology` with the links and bridges whose ids are
 * in `failed` removed. Pure and deterministic (the failure-independent index is memoised per
 * topology object, so treat topologies as immutable); throws `FaultlineError` (FL311) on a malformed
 * topology.
 */
export function convergeStp(topology: StpTopology, failed: ReadonlySet<string>): StpResult {
  const index = indexTopology(topology);
  const { portBridge, bridgePorts, bridgeIds, portIds, portKeys } = index;
  const { bridgeUp, portUp, portSegment, segmentStpPorts } = segmentsOf(topology, index, failed);
  const bridges = topology.bridges;
  const ports = topology.ports;
  const runsStp = bridges.map((b, i) => b.mode !== 'none' && bridgeUp[i] === true);

  const rootOf = bridges.map(() => -1);
  const cost = bridges.map(() => 0);
  const rootPort = bridges.map(() => -1);
  const segBest: (DesignatedVector | undefined)[] = segmentStpPorts.map(() => undefined);
  const roots: number[] = [];
  const heap = new VectorHeap();

  /** Bridge x is settled: offer its designated vectors on every segment it reaches. */
  const settle = (x: number): void => {
    for (const q of bridgePorts[x] ?? []) {
      const s = portSegment[q] as number;
      if (s < 0 || !portUp[q]) continue;
      const mine: DesignatedVector = { cost: cost[x] as number, bridgeId: bridgeIds[x] as string, portId: portIds[q] as number, port: q };
      const best = segBest[s];
      if (best !== undefined && compareDesignated(mine, best) >= 0) continue;
      segBest[s] = mine;
      for (const p of segmentStpPorts[s] ?? []) {
        const y = portBridge[p] as number;
        if (y === x || (rootOf[y] as number) >= 0) continue;
        heap.push({
          cost: mine.cost + (ports[p]?.cost as number),
          designatedBridgeId: mine.bridgeId,
          designatedPortId: mine.portId,
          receivingPortId: portIds[p] as number,
          bridge: y,
          port: p,
        });
      }
    }
  };

  // Lowest bridge id first: a bridge not reached from a lower one is the root of its component.
  const order = bridges.map((_, i) => i).filter((i) => runsStp[i]);
  order.sort((a, b) => ((bridgeIds[a] as string) < (bridgeIds[b] as string) ? -1 : bridgeIds[a] === bridgeIds[b] ? a - b : 1));
  for (const r of order) {
    if ((rootOf[r] as number) >= 0) continue;
    roots.push(r);
    rootOf[r] = r;
    settle(r);
    for (let v = heap.pop(); v !== undefined; v = heap.pop()) {
      if ((rootOf[v.bridge] as number) >= 0) continue;
      rootOf[v.bridge] = r;
      cost[v.bridge] = v.cost;
      rootPort[v.bridge] = v.port;
      settle(v.bridge);
    }
  }

  const portResults = new Map<string, StpPortResult>();
  ports.forEach((p, j) => {
    const i = portBridge[j] as number;
    const s = portSegment[j] as number;
    const designated = s >= 0 ? segBest[s] : undefined;
    let role: StpPortRole;
    let designatedBridge: string | null = null;
    if (!portUp[j]) role = 'disabled';
    else if (!runsStp[i]) role = 'none';
    else if (designated === undefined) {
      // No link in the topology: the port faces something that is not a bridge.
      role = 'designated';
      designatedBridge = p.bridge;
    } else {
      const d = portBridge[designated.port] as number;
      designatedBridge = bridges[d]?.id ?? null;
      role = rootPort[i] === j ? 'root' : designated.port === j ? 'designated' : d === i ? 'backup' : 'alternate';
    }
    const state: StpPortState = role === 'root' || role === 'designated' || role === 'none' ? 'forwarding' : 'discarding';
    portResults.set(portKeys[j] as string, {
      bridge: p.bridge,
      name: p.name,
      role,
      state,
      up: portUp[j] === true,
      portId: portIds[j] as number,
      designatedBridge,
    });
  });

  const bridgeResults = new Map<string, StpBridgeResult>();
  bridges.forEach((b, i) => {
    const r = rootOf[i] as number;
    const rp = rootPort[i] as number;
    bridgeResults.set(b.id, {
      id: b.id,
      mode: b.mode,
      up: bridgeUp[i] === true,
      bridgeId: bridgeIds[i] as string,
      root: r >= 0 ? (bridges[r]?.id ?? null) : null,
      rootId: r >= 0 ? (bridgeIds[r] ?? null) : null,
      rootPathCost: cost[i] as number,
      rootPort: rp >= 0 ? (ports[rp]?.name ?? null) : null,
    });
  });
  return { bridges: bridgeResults, ports: portResults, roots: roots.map((r) => bridges[r]?.id as string) };
}
