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
import { portGuardsOf } from './portGuards.js';
import { withRogueBridges } from './rogueBridge.js';

/** The STP input built once per topology, with the port and link index maps. */
export interface StpInput {
  readonly topology: StpTopology;
  /** Per compiled port: its key in `StpResult.ports`, or null when not in the STP topology. */
  readonly portKeys: readonly (string | null)[];
  /** Per compiled link: its id in the STP topology, or null when not between switches. */
  readonly linkIds: readonly (string | null)[];
  /** Converged trees by failed-set key: faults away from the switches reuse the same tree. */
  readonly cache: Map<string, StpResult>;
  /** The inputs with rogue bridges added (models/l2/rogueBridge.ts), by rogue-port set. */
  readonly variants: Map<string, StpInput>;
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

/** The STP port of switch `n`'s `i`-th port (its key in the results is `portKey(node, name)`). */
export function stpPortOf(topo: CompiledTopology, n: number, i: number): StpPort {
  const node = topo.topology.nodes[n]!;
  const spec = node.ports[i]!;
  const p = topo.nodePorts[n]![i]!;
  const speed = topo.linkSpeed[topo.portLink[p]!]!;
  return {
    bridge: node.name,
    name: spec.name,
    number: spec.number ?? i + 1,
    priority: spec.stp?.priority ?? PLATFORM_RULES[node.stp?.platform ?? 'ieee'].defaultPortPriority,
    cost: spec.stp?.cost ?? Math.max(1, Math.round(20_000_000 / speed)),
    ...(spec.stp?.edge === undefined ? {} : { edge: spec.stp.edge }),
  };
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
      ports.push(stpPortOf(topo, n, i));
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
  return { topology: { bridges, ports, links }, portKeys, linkIds, cache: new Map(), variants: new Map() };
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
  /** Ports a guard holds discarding: loop-inconsistent (loop guard) or root-inconsistent (root guard). */
  readonly inconsistent: ReadonlyMap<number, 'loop' | 'root'>;
}

/**
 * Converges spanning tree for `faults` and derives per-port forwarding.
 *
 * Guards (models/l2/portGuards.ts; BPDU guard acts earlier, on carrier):
 * - **loop guard** on the deaf port q of a one-way loss: q was root or alternate and stops
 *   receiving BPDUs; instead of ageing the information out and becoming designated it goes
 *   loop-inconsistent and discards (Cisco "Loop Guard and BPDU Skew Detection" 10596-84; Dell
 *   OS9 "STP loop guard": after Max Age the port goes Loop-Inconsistent instead of
 *   Forwarding). Its bridge reselects as if the link were gone. A discarding q sends no BPDU
 *   with the Learning flag, so the sender's RSTP dispute does not arise (802.1D-2004 §17.21.8);
 *   the sender's port stays designated, facing a port that drops its frames.
 * - **root guard** on a port whose best received information is superior to what it would
 *   send (so it would be root, alternate or backup): the port goes root-inconsistent and
 *   discards, and its bridge ignores that information (Cisco "Root Guard Enhancement"
 *   10588-74; Dell OS9 "STP root guard": the superior BPDU is ignored and the port is
 *   root-inconsistent; Allied Telesis: the port is kept designated). The far bridge still
 *   hears the port's inferior BPDUs, so its own port there is designated and forwarding.
 *   Applied until no guarded port receives superior information (each round only removes
 *   information, so it ends).
 */
export function stpForwardingOf(topo: CompiledTopology, base: StpInput, faults: FaultState): StpForwarding {
  const input = withRogueBridges(topo, base, faults.roguePorts);
  const guards = portGuardsOf(topo);
  const failed = new Set<string>();
  topo.nodeNames.forEach((name, n) => {
    if (faults.nodeDown[n] && topo.nodeKinds[n] === 'switch') failed.add(name);
  });
  input.linkIds.forEach((id, l) => {
    if (id === null) return;
    const bothLost = faults.txLost[topo.linkA[l]!] && faults.txLost[topo.linkB[l]!];
    if (faults.linkDown[l] || bothLost) failed.add(id);
  });
  const inconsistent = new Map<number, 'loop' | 'root'>();
  const rootBlocked = new Set<string>();
  for (;;) {
    const round = oneWayRound(topo, input, faults, new Set([...failed, ...rootBlocked]), guards.loop);
    const superior = guards.any ? rootGuardTrips(topo, input, round, guards.root) : [];
    if (superior.length === 0) {
      for (const [p, why] of round.loopInconsistent) inconsistent.set(p, why);
      return forwardingOf(topo, input, faults, round, inconsistent);
    }
    for (const p of superior) {
      inconsistent.set(p, 'root');
      rootBlocked.add(input.linkIds[topo.portLink[p]!]!);
    }
  }
}

/** One pass of the one-way losses over a failed set. */
interface Round {
  readonly stp: StpResult;
  /** Links removed for spanning tree (cut, gray, one-way, root-inconsistent). */
  readonly failed: ReadonlySet<string>;
  /** Sender ports of one-way losses that RSTP's dispute mechanism makes discard. */
  readonly disputed: readonly number[];
  readonly loopInconsistent: ReadonlyMap<number, 'loop'>;
}

/**
 * One-way losses, applied one at a time in fault order, each against the tree the previous
 * ones produced (see the file header).
 */
function oneWayRound(topo: CompiledTopology, input: StpInput, faults: FaultState, failed: Set<string>, loopGuard: Uint8Array): Round {
  let stp = cachedStp(input, failed);
  const disputed: number[] = [];
  const loopInconsistent = new Map<number, 'loop'>();
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
    if (loopGuard[q] === 1) loopInconsistent.set(q, 'loop');
    else if (stp.bridges.get(atP.bridge)?.mode === 'rstp') disputed.push(p);
  }
  return { stp, failed, disputed, loopInconsistent };
}

/** Root-guarded ports that hold superior information in `round`'s tree (role root, alternate or backup). */
function rootGuardTrips(topo: CompiledTopology, input: StpInput, round: Round, rootGuard: Uint8Array): number[] {
  const out: number[] = [];
  for (let p = 0; p < rootGuard.length; p++) {
    if (rootGuard[p] !== 1) continue;
    const key = input.portKeys[p];
    const id = input.linkIds[topo.portLink[p]!];
    if (key == null || id == null || round.failed.has(id)) continue;
    const port = round.stp.ports.get(key);
    if (port?.up && (port.role === 'root' || port.role === 'alternate' || port.role === 'backup')) out.push(p);
  }
  return out;
}

function forwardingOf(topo: CompiledTopology, input: StpInput, faults: FaultState, round: Round, inconsistent: ReadonlyMap<number, 'loop' | 'root'>): StpForwarding {
  const { stp, failed } = round;
  const forwarding = new Uint8Array(topo.portLabels.length);
  for (let p = 0; p < forwarding.length; p++) {
    if (!faults.carrier[p]) continue;
    const key = input.portKeys[p];
    if (key == null) {
      forwarding[p] = 1;
      continue;
    }
    const result = stp.ports.get(key);
    // A link removed for STP only (gray, one-way or a root-inconsistent end) keeps carrier: its ports face no bridge.
    const stpSawLink = !failed.has(input.linkIds[topo.portLink[p]!]!);
    forwarding[p] = !stpSawLink || result?.state === 'forwarding' ? 1 : 0;
  }
  for (const p of round.disputed) forwarding[p] = 0;
  for (const p of inconsistent.keys()) forwarding[p] = 0;
  return { stp, forwarding, inconsistent };
}
