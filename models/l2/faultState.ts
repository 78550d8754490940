/**
 * The physical layer under a set of failed elements: which nodes are down, which ports have
 * carrier, which links are cut, and which ports' transmissions are lost (gray failures keep
 * carrier up: that is exactly what an MII monitor cannot see; PROTOCOLS.md §3.2).
 */
import type { CompiledTopology } from './compileTopology.js';
import type { FaultElement } from './faults.js';
import { bpduGuardTrips } from './bpduGuard.js';
import { applyLinkStateTracking } from './linkStateTracking.js';
import { mclagStateOf, type McLagState } from './mclagState.js';

/** Per-index flags (1 = true), all derived from the failed elements alone. */
export interface FaultState {
  readonly nodeDown: Uint8Array;
  /** Link cut, or one of its ports or nodes failed: no carrier at either end. */
  readonly linkDown: Uint8Array;
  /** The port is cabled and its link is up. */
  readonly carrier: Uint8Array;
  /** Frames sent from this port are lost (gray link or one-way loss) while carrier stays up. */
  readonly txLost: Uint8Array;
  /** Links with both directions lost but carrier up. */
  readonly grayLinks: readonly number[];
  /** Ports whose transmissions alone are lost (one-way), in fault order. */
  readonly oneWayPorts: readonly number[];
  /** Per MC-LAG domain: peer-link, keepalive, suspension, dual-active (`mclagState.ts`). */
  readonly mclag: readonly McLagState[];
  /** Per port: suspended by its MC-LAG secondary (its link is then down). */
  readonly suspended: Uint8Array;
  /** Switch ports facing a rogue bridge (fault `rogue-bridge`), in fault order. */
  readonly roguePorts: readonly number[];
  /** Ports err-disabled by BPDU guard (their links are down), in port order. */
  readonly errDisabled: readonly number[];
  /** Of those, the ports a rogue bridge that has left err-disabled, kept down without errdisable recovery. */
  readonly lingering: readonly number[];
}

/**
 * Applies `failed` to `topo`: the physical layer first, then BPDU guard, which err-disables
 * the guarded ports that BPDUs reach (models/l2/bpduGuard.ts) — a port down like any other.
 */
export function faultStateOf(topo: CompiledTopology, failed: readonly FaultElement[]): FaultState {
  const roguePorts = failed.filter((e) => e.kind === 'rogue-bridge').map((e) => e.target);
  const physical = physicalStateOf(topo, failed, [], roguePorts);
  const tripped = bpduGuardTrips(topo, physical);
  const lingering = lingeringTrips(topo, physical, failed, tripped);
  const errDisabled = lingering.length === 0 ? tripped : [...new Set([...tripped, ...lingering])].sort((a, b) => a - b);
  if (errDisabled.length === 0) return physical;
  return { ...physicalStateOf(topo, failed, errDisabled, roguePorts), lingering };
}

/**
 * Fault `rogue-visit`: the ports BPDU guard err-disabled while a rogue bridge was there, that
 * stay down now it has gone — those of switches without `errdisable recovery cause
 * bpduguard` (Cisco: "the interface stays in the error-disabled state until you enter the
 * shutdown and the no shutdown commands"; with recovery the port returns after the interval,
 * and trips again only if a BPDU still arrives, which `tripped` already says). The visit is
 * judged under the state's other faults: a fault set has no order.
 */
function lingeringTrips(topo: CompiledTopology, physical: FaultState, failed: readonly FaultElement[], tripped: readonly number[]): number[] {
  const visits = failed.filter((e) => e.kind === 'rogue-visit').map((e) => e.target);
  if (visits.length === 0) return [];
  const during = bpduGuardTrips(topo, { ...physical, roguePorts: [...physical.roguePorts, ...visits] });
  return during.filter((p) => !tripped.includes(p) && !recovers(topo, p));
}

/** Whether port `p`'s switch brings a BPDU-guard err-disabled port back by itself. */
function recovers(topo: CompiledTopology, p: number): boolean {
  return topo.topology.nodes[topo.portNode[p]!]!.errdisableRecovery?.causes.includes('bpduguard') === true;
}

/** The physical layer with `failed` applied and the ports of `errDisabled` down. */
function physicalStateOf(topo: CompiledTopology, failed: readonly FaultElement[], errDisabled: readonly number[], roguePorts: readonly number[]): FaultState {
  const nodeDown = new Uint8Array(topo.nodeNames.length);
  const linkCount = topo.linkIds.length;
  const linkDown = new Uint8Array(linkCount);
  const portDown = new Uint8Array(topo.portLabels.length);
  const txLost = new Uint8Array(topo.portLabels.length);
  const grayLinks: number[] = [];
  const oneWay: number[] = [];
  const keepaliveFailed = new Uint8Array(topo.lags.mclag.length);
  for (const p of errDisabled) portDown[p] = 1;
  for (const e of failed) {
    switch (e.kind) {
      case 'switch':
      case 'host':
      case 'router':
        nodeDown[e.target] = 1;
        break;
      case 'link':
      case 'inter-switch-link':
        linkDown[e.target] = 1;
        break;
      case 'nic':
      case 'switch-port':
        portDown[e.target] = 1;
        break;
      case 'gray-link':
        grayLinks.push(e.target);
        break;
      case 'gray-switch':
        // A hung forwarding plane (issue 12): the switch's links keep carrier, none passes a
        // frame, BPDUs included — every link of the switch is gray at once.
        for (const p of topo.nodePorts[e.target]!) if (topo.portLink[p]! >= 0) grayLinks.push(topo.portLink[p]!);
        break;
      case 'one-way':
        oneWay.push(e.target);
        break;
      case 'peer-link':
        for (const l of topo.lags.mclag[e.target]!.peerLinks) linkDown[l] = 1;
        break;
      case 'keepalive':
        keepaliveFailed[e.target] = 1;
        break;
      case 'gateway':
        break; // a process above layer 2: gatewayState.ts reads it from the failed elements
      case 'rogue-bridge':
        break; // a bridge behind a port: spanning tree (rogueBridge.ts) and BPDU guard see it
      case 'rogue-visit':
        break; // gone again: only what BPDU guard did while it was there remains (lingeringTrips)
    }
  }
  // UDLD aggressive (topology.ts LinkSpec.udld): a gray or one-way link is err-disabled at both ends.
  topo.topology.links.forEach((link, l) => {
    if (link.udld === undefined || linkDown[l]) return;
    if (grayLinks.includes(l) || oneWay.some((p) => topo.portLink[p] === l)) linkDown[l] = 1;
  });
  const carrier = new Uint8Array(topo.portLabels.length);
  for (let l = 0; l < linkCount; l++) {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    if (portDown[a] || portDown[b] || nodeDown[topo.portNode[a]!] || nodeDown[topo.portNode[b]!]) linkDown[l] = 1;
    if (!linkDown[l]) {
      carrier[a] = 1;
      carrier[b] = 1;
    }
  }
  // MC-LAG (mclagState.ts): a suspended member port is down; routed keepalive links pass no frames.
  const suspended = new Uint8Array(topo.portLabels.length);
  const mclag = mclagStateOf(topo, linkDown, nodeDown, keepaliveFailed);
  for (const p of mclag.suspendedPorts) {
    suspended[p] = 1;
    linkDown[topo.portLink[p]!] = 1;
    carrier[p] = 0;
    carrier[topo.portPeer[p]!] = 0;
  }
  // Uplink failure tracking (linkStateTracking.ts): downstream ports follow their dead uplinks.
  applyLinkStateTracking(topo, linkDown, carrier);
  topo.lags.routedLink.forEach((routed, l) => {
    if (routed && !linkDown[l]) grayLinks.push(l);
  });
  const grayUp = [...new Set(grayLinks)].filter((l) => !linkDown[l]);
  for (const l of grayUp) {
    txLost[topo.linkA[l]!] = 1;
    txLost[topo.linkB[l]!] = 1;
  }
  const oneWayPorts = oneWay.filter((p) => carrier[p] && !txLost[p]);
  for (const p of oneWayPorts) txLost[p] = 1;
  return { nodeDown, linkDown, carrier, txLost, grayLinks: grayUp, oneWayPorts, mclag: mclag.domains, suspended, roguePorts, errDisabled, lingering: [] };
}
