/**
 * Spanning tree at the converged level, through `convergeStp` (models/stp), and the forwarding
 * state of every switch port.
 *
 * The STP topology holds the switches and the links between switches; host-facing ports are
 * not in it (a port with no bridge behind it is designated and forwarding as soon as it has
 * carrier, PROTOCOLS.md §6.3). Failed for STP: cut links, dead switches, and gray links
 * (no BPDU passes, though carrier stays up).
 *
 * One-way loss on a link between two STP bridges, sender port p (bridge A), receiver q (B):
 * - if q is designated for the segment (B's information is the better one), losing A's BPDUs
 *   changes nothing: the tree is the same as with the link healthy;
 * - otherwise B stops hearing the designated bridge: B's view is as if the link were gone and
 *   q becomes designated and forwarding; A keeps hearing B's now *inferior designated* BPDUs.
 *   RSTP A detects the dispute (802.1D-2004 §17.21.8 / 17.27 INFERIOR_DESIGNATED,
 *   recordDispute) and p discards; legacy STP has no dispute mechanism, so p keeps
 *   forwarding — the unidirectional-link loop.
 * One-way losses are applied one at a time in fault order, each against the tree that the
 * previous ones produced.
 */
import type { StpPort, StpResult, StpTopology } from '../stp/types.js';
import { convergeStp } from '../stp/convergeStp.js';
import { PLATFORM_RULES } from '../stp/platformRules.js';
import { portKey } from '../stp/types.js';
import type { CompiledTopology } from './compileTopology.js';
import type { FaultState } from './faultState.js';

/** The STP input built once per topology, with the port and link index maps. */
export interface StpInput {
  readonly topology: StpTopology;
  /** Per compiled port: its key in `StpResult.ports`, or null when not in the STP topology. */
  readonly portKeys: readonly (string | null)[];
  /** Per compiled link: its id in the STP topology, or null when not between switches. */
  readonly linkIds: readonly (string | null)[];
  /** Converged trees by failed-set key: faults away from the switches reuse the same tree. */
  readonly cache: Map<string, StpResult>;
}

const CACHE_SIZE = 64;

/** `convergeStp`, memoised on the failed set (most faults, e.g. host links, leave it unchanged). */
function cachedStp(input: StpInput, failed: ReadonlySet<string>): StpResult {
  const key = [...failed].sort().join('\n');
  let result = input.cache.get(key);
  if (result === undefined) {
    result = convergeStp(input.topology, failed);
    if (input.cache.size >= CACHE_SIZE) input.cache.delete(input.cache.keys().next().value!);
    input.cache.set(key, result);
  }
  return result;
}

/** Builds the STP topology of `topo` (switches, and links between switches). */
export function stpInputOf(topo: CompiledTopology): StpInput {
  const isSwitch = (p: number): boolean => topo.nodeKinds[topo.portNode[p]!] === 'switch';
  const bridges = topo.topology.nodes.flatMap((node, n) => {
    if (node.kind !== 'switch') return [];
    const mac = node.stp?.mac ?? defaultMac(n);
    const platform = node.stp?.platform;
    return [{ id: node.name, priority: node.stp?.priority ?? 32768, mac, mode: node.stp?.mode ?? 'rstp', ...(platform === undefined ? {} : { platform }) }];
  });
  const ports: StpPort[] = [];
  const portKeys: (string | null)[] = topo.portLabels.map(() => null);
  topo.topology.nodes.forEach((node, n) => {
    if (node.kind !== 'switch') return;
    node.ports.forEach((spec, i) => {
      const p = topo.nodePorts[n]![i]!;
      const peer = topo.portPeer[p]!;
      if (peer < 0 || !isSwitch(peer)) return;
      const speed = topo.linkSpeed[topo.portLink[p]!]!;
      ports.push({
        bridge: node.name,
        name: spec.name,
        number: spec.number ?? i + 1,
        priority: spec.stp?.priority ?? PLATFORM_RULES[node.stp?.platform ?? 'ieee'].defaultPortPriority,
        cost: spec.stp?.cost ?? Math.max(1, Math.round(20_000_000 / speed)),
        ...(spec.stp?.edge === undefined ? {} : { edge: spec.stp.edge }),
      });
      portKeys[p] = portKey(node.name, spec.name);
    });
  });
  const linkIds: (string | null)[] = [];
  const links = topo.linkIds.flatMap((id, l) => {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    if (!isSwitch(a) || !isSwitch(b)) {
      linkIds.push(null);
      return [];
    }
    linkIds.push(id);
    const end = (p: number) => ({ bridge: topo.nodeNames[topo.portNode[p]!]!, port: topo.portLabels[p]!.slice(topo.nodeNames[topo.portNode[p]!]!.length + 1) });
    return [{ id, a: end(a), b: end(b) }];
  });
  return { topology: { bridges, ports, links }, portKeys, linkIds, cache: new Map() };
}

/** A locally administered MAC derived from a node index. */
function defaultMac(n: number): string {
  const hex = (n + 1).toString(16).padStart(8, '0');
  return `02:00:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}:${hex.slice(6, 8)}`;
}

/** The converged tree and the forwarding flag of every compiled port. */
export interface StpForwarding {
  readonly stp: StpResult;
  /**
   * 1 when the port forwards: a switch port with carrier that spanning tree lets forward, or
   * any endpoint NIC with carrier (endpoints run no STP).
   */
  readonly forwarding: Uint8Array;
}

/** Converges spanning tree for `faults` and derives per-port forwarding. */
export function stpForwardingOf(topo: CompiledTopology, input: StpInput, faults: FaultState): StpForwarding {
  const failed = new Set<string>();
  topo.nodeNames.forEach((name, n) => {
    if (faults.nodeDown[n] && topo.nodeKinds[n] === 'switch') failed.add(name);
  });
  input.linkIds.forEach((id, l) => {
    if (id === null) return;
    const bothLost = faults.txLost[topo.linkA[l]!] && faults.txLost[topo.linkB[l]!];
    if (faults.linkDown[l] || bothLost) failed.add(id);
  });
  let stp = cachedStp(input, failed);
  const disputed: number[] = [];
  for (const p of faults.oneWayPorts) {
    const q = topo.portPeer[p]!;
    const keyP = input.portKeys[p];
    const keyQ = input.portKeys[q];
    const id = input.linkIds[topo.portLink[p]!];
    if (keyP == null || keyQ == null || id == null || failed.has(id)) continue;
    const atP = stp.ports.get(keyP);
    const atQ = stp.ports.get(keyQ);
    if (atP === undefined || atQ === undefined || atP.role === 'none' || atQ.role === 'none') continue;
    if (atQ.role === 'designated') continue;
    failed.add(id);
    stp = cachedStp(input, failed);
    if (stp.bridges.get(topo.nodeNames[topo.portNode[p]!]!)?.mode === 'rstp') disputed.push(p);
  }
  const forwarding = new Uint8Array(topo.portLabels.length);
  for (let p = 0; p < forwarding.length; p++) {
    if (!faults.carrier[p]) continue;
    const key = input.portKeys[p];
    if (key == null) {
      forwarding[p] = 1;
      continue;
    }
    const result = stp.ports.get(key);
    // A link removed for STP only (gray or one-way) keeps carrier: its ports face no bridge.
    const stpSawLink = !failed.has(input.linkIds[topo.portLink[p]!]!);
    forwarding[p] = !stpSawLink || result?.state === 'forwarding' ? 1 : 0;
  }
  for (const p of disputed) forwarding[p] = 0;
  return { stp, forwarding };
}
