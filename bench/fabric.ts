/**
 * Generated leaf-spine fabrics for the sweep bench (issue 3, item 7).
 *
 * Shape: `spines` spine switches, `leaves` leaf switches, every leaf cabled to every spine
 * (40 Gb/s), leaves in pairs (2i, 2i+1), and `servers` servers spread round-robin over the
 * pairs, each dual-homed to its pair (eth0 to the even leaf, eth1 to the odd one, 10 Gb/s)
 * with an active-backup bond under MII monitoring.
 *
 * Spanning tree: RSTP on every switch, Spine1 the root (priority 4096) and Spine2 the backup
 * root (8192), the rest default — what a layer-2 fabric without MC-LAG must run to stay
 * loop-free: the full mesh of uplinks is a loop everywhere, so RSTP keeps one uplink per
 * leaf forwarding and blocks the rest. (The usual loop-free alternative, MC-LAG leaf pairs
 * with LACP bonds, is not in the layer-2 model yet; a routed fabric is outside layer 2.)
 */
import type { BondSpec, LinkSpec, NodeSpec, Topology } from '../models/l2/topology.js';

/** Fabric dimensions. */
export interface FabricSize {
  readonly spines: number;
  readonly leaves: number;
  readonly servers: number;
}

/** Builds the leaf-spine topology of `size` (leaves must be even and ≥ 2). */
export function leafSpineFabric(size: FabricSize): Topology {
  const { spines, leaves, servers } = size;
  if (leaves < 2 || leaves % 2 !== 0 || spines < 1) throw new RangeError('leafSpineFabric: needs ≥ 1 spine and an even number ≥ 2 of leaves');
  const pairs = leaves / 2;
  const perPair = Math.ceil(servers / pairs);
  const nodes: NodeSpec[] = [];
  const links: LinkSpec[] = [];
  const bonds: BondSpec[] = [];
  for (let s = 1; s <= spines; s++) {
    const priority = s === 1 ? 4096 : s === 2 ? 8192 : 32768;
    nodes.push({ name: `Spine${s}`, kind: 'switch', ports: Array.from({ length: leaves }, (_, i) => ({ name: `p${i + 1}` })), stp: { mode: 'rstp', priority } });
  }
  for (let l = 1; l <= leaves; l++) {
    const uplinks = Array.from({ length: spines }, (_, i) => ({ name: `up${i + 1}` }));
    const downlinks = Array.from({ length: perPair }, (_, i) => ({ name: `d${i + 1}` }));
    nodes.push({ name: `Leaf${l}`, kind: 'switch', ports: [...uplinks, ...downlinks], stp: { mode: 'rstp' } });
    for (let s = 1; s <= spines; s++) {
      links.push({ a: { node: `Leaf${l}`, port: `up${s}` }, b: { node: `Spine${s}`, port: `p${l}` }, speed: 40_000 });
    }
  }
  for (let v = 0; v < servers; v++) {
    const pair = v % pairs;
    const slot = Math.floor(v / pairs) + 1;
    const name = `Server${v + 1}`;
    nodes.push({ name, kind: 'host', ports: [{ name: 'eth0' }, { name: 'eth1' }] });
    links.push({ a: { node: name, port: 'eth0' }, b: { node: `Leaf${2 * pair + 1}`, port: `d${slot}` }, speed: 10_000 });
    links.push({ a: { node: name, port: 'eth1' }, b: { node: `Leaf${2 * pair + 2}`, port: `d${slot}` }, speed: 10_000 });
    bonds.push({ host: name, name: 'bond0', mode: 'active-backup', slaves: ['eth0', 'eth1'], primary: 'eth0', monitor: { kind: 'mii', miimon: 100 } });
  }
  return { nodes, links, bonds };
}
