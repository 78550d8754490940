/**
 * Fault `rogue-bridge`: a bridge appears behind a switch port that faces a host or router — a
 * switch plugged into an access port, or a server whose software bridge runs spanning tree —
 * and it has the lowest bridge id there is (priority 0; MAC 00:00:00:00:00:0k for the k-th
 * rogue of a fault set), so its BPDUs are superior to every configured bridge's.
 *
 * Sources: Cisco "Spanning Tree Protocol Root Guard Enhancement" (docs 10588-74: a device with
 * priority 0 brought into the network is elected root and the core links block); Dell OS9
 * "STP root guard" (device D sends a superior BPDU that would trigger its election).
 *
 * For spanning tree the rogue is one more RSTP bridge with one port, linked to the switch port
 * (the cable to the host stands for the cable to the rogue; the host's traffic crosses it, so
 * the switch port's state decides whether the host is reached through it). Spanning tree then
 * does what it does with any bridge: without protection the rogue becomes root of the whole
 * tree; BPDU guard err-disables the port (models/l2/bpduGuard.ts); root guard keeps the port
 * designated and discarding (models/l2/stpForwarding.ts). An input with rogues is memoised per
 * set of rogue ports on the base input.
 */
import { portKey, type StpBridge, type StpLink, type StpPort } from '../stp/types.js';
import type { CompiledTopology } from './compileTopology.js';
import { stpPortOf, type StpInput } from './stpForwarding.js';

const VARIANTS = 256;

/** The STP id of the rogue bridge behind port label `label`. */
export function rogueBridgeId(label: string): string {
  return `rogue@${label}`;
}

/** `base` with a rogue bridge behind each port of `roguePorts` (switch ports facing endpoints); `base` itself when there are none. */
export function withRogueBridges(topo: CompiledTopology, base: StpInput, roguePorts: readonly number[]): StpInput {
  if (roguePorts.length === 0) return base;
  const sorted = [...new Set(roguePorts)].sort((a, b) => a - b);
  const key = sorted.join(',');
  const known = base.variants.get(key);
  if (known !== undefined) return known;
  const bridges: StpBridge[] = [...base.topology.bridges];
  const ports: StpPort[] = [...base.topology.ports];
  const links: StpLink[] = [...base.topology.links];
  const portKeys = [...base.portKeys];
  const linkIds = [...base.linkIds];
  sorted.forEach((p, k) => {
    const n = topo.portNode[p]!;
    const port = stpPortOf(topo, n, topo.nodePorts[n]!.indexOf(p));
    const label = topo.portLabels[p]!;
    const rogue = rogueBridgeId(label);
    bridges.push({ id: rogue, priority: 0, mac: `00:00:00:00:${((k >> 8) & 0xff).toString(16).padStart(2, '0')}:${(k & 0xff).toString(16).padStart(2, '0')}`, mode: 'rstp' });
    ports.push(port, { bridge: rogue, name: 'p1', number: 1, priority: 128, cost: port.cost });
    links.push({ id: `rogue:${label}`, a: { bridge: port.bridge, port: port.name }, b: { bridge: rogue, port: 'p1' } });
    portKeys[p] = portKey(port.bridge, port.name);
    linkIds[topo.portLink[p]!] = `rogue:${label}`;
  });
  const variant: StpInput = { topology: { bridges, ports, links }, portKeys, linkIds, cache: new Map(), variants: new Map() };
  if (base.variants.size >= VARIANTS) base.variants.delete(base.variants.keys().next().value!);
  base.variants.set(key, variant);
  return variant;
}
