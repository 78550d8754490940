/**
 * Compiles a {@link Topology} once into integer-indexed arrays (what the converged
 * computation runs on, allocation-light) and a graphlib multigraph (nodes by name, one edge
 * per link named by its id; for reports, path queries and later kinds).
 *
 * A topology the design kind let through but that is still inconsistent (a link to an
 * unknown port, a port cabled twice, a bond slave that is not the host's NIC) raises FL310:
 * the design kind is expected to catch these first with file positions.
 */
import graphlib from '@dagrejs/graphlib';
import { FaultlineError } from '../../src/core/errors.js';
import { arpMonitorAllowed, bondModeOf, type BondMode } from './bondMode.js';
import { compileLags, type CompiledLags } from './lagGroups.js';
import { NO_AGGREGATION } from './lagSpec.js';
import { linkId, monitorIsBlind, portLabel, type ArpValidate, type BondSpec, type NodeKind, type Topology } from './topology.js';

/** A bond with its slaves and targets as indices. */
export interface CompiledBond {
  readonly name: string;
  readonly host: number;
  readonly mode: BondMode;
  /** Port indices in preference order: `primary` first, then declaration order. */
  readonly slaves: readonly number[];
  /** `none`: no link monitoring at all (`miimon 0`, or a driver that never reports link loss). */
  readonly monitor: 'mii' | 'arp' | 'none';
  /** ARP target node indices. */
  readonly targets: readonly number[];
  /** ARP replies (or the bond's own requests) are required on the active slave. */
  readonly validateActive: boolean;
  readonly validateBackup: boolean;
  readonly allTargets: boolean;
  readonly spec: BondSpec;
}

/** The topology as indices. Node, port and link indices follow declaration order. */
export interface CompiledTopology {
  readonly topology: Topology;
  readonly graph: graphlib.Graph;
  readonly nodeNames: readonly string[];
  readonly nodeKinds: readonly NodeKind[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Port indices of each node. */
  readonly nodePorts: readonly (readonly number[])[];
  readonly portNode: Int32Array;
  /** `Node:port` per port index. */
  readonly portLabels: readonly string[];
  readonly portIndex: ReadonlyMap<string, number>;
  /** Link of each port, -1 when uncabled. */
  readonly portLink: Int32Array;
  /** The port at the other end of each port's link, -1 when uncabled. */
  readonly portPeer: Int32Array;
  /** Bond of each port, -1 when the NIC is in no bond. */
  readonly portBond: Int32Array;
  readonly linkIds: readonly string[];
  readonly linkIndex: ReadonlyMap<string, number>;
  readonly linkA: Int32Array;
  readonly linkB: Int32Array;
  readonly linkSpeed: Float64Array;
  /** Bundle name, or the link id: links with equal keys between the same nodes are one logical link. */
  readonly linkBundle: readonly string[];
  readonly bonds: readonly CompiledBond[];
  readonly bondIndex: ReadonlyMap<string, number>;
  /** Hosts and routers, in node order. */
  readonly endpoints: readonly number[];
  /** LAG groups (declared and implied by bonds) and MC-LAG domains of `topology.aggregation`. */
  readonly lags: CompiledLags;
}

function invalid(message: string): never {
  throw new FaultlineError({ code: 'FL310', message: `invalid topology: ${message}`, hint: 'check the topology section of the design' });
}

/** Compiles `topology`; throws FL310 on dangling or inconsistent references. */
export function compileTopology(topology: Topology): CompiledTopology {
  const graph = new graphlib.Graph({ directed: false, multigraph: true });
  const nodeNames: string[] = [];
  const nodeKinds: NodeKind[] = [];
  const nodeIndex = new Map<string, number>();
  const nodePorts: number[][] = [];
  const portNodeList: number[] = [];
  const portLabels: string[] = [];
  const portIndex = new Map<string, number>();
  for (const node of topology.nodes) {
    if (nodeIndex.has(node.name)) invalid(`node ${node.name} declared twice`);
    const n = nodeNames.length;
    nodeIndex.set(node.name, n);
    nodeNames.push(node.name);
    nodeKinds.push(node.kind);
    graph.setNode(node.name, node);
    const ports: number[] = [];
    for (const port of node.ports) {
      const label = portLabel({ node: node.name, port: port.name });
      if (portIndex.has(label)) invalid(`port ${label} declared twice`);
      portIndex.set(label, portLabels.length);
      ports.push(portLabels.length);
      portLabels.push(label);
      portNodeList.push(n);
    }
    nodePorts.push(ports);
  }
  const portCount = portLabels.length;
  const portLink = new Int32Array(portCount).fill(-1);
  const portPeer = new Int32Array(portCount).fill(-1);
  const links = topology.links;
  const linkA = new Int32Array(links.length);
  const linkB = new Int32Array(links.length);
  const linkSpeed = new Float64Array(links.length);
  const linkIds: string[] = [];
  const linkIndex = new Map<string, number>();
  const linkBundle: string[] = [];
  links.forEach((link, l) => {
    const id = linkId(link);
    if (linkIndex.has(id)) invalid(`link ${id} declared twice`);
    const a = portIndex.get(portLabel(link.a)) ?? invalid(`link ${id}: no port ${portLabel(link.a)}`);
    const b = portIndex.get(portLabel(link.b)) ?? invalid(`link ${id}: no port ${portLabel(link.b)}`);
    if (a === b) invalid(`link ${id} joins a port to itself`);
    for (const p of [a, b]) if (portLink[p] !== -1) invalid(`port ${portLabels[p]} is cabled twice`);
    if (!(link.speed > 0)) invalid(`link ${id}: speed must be positive`);
    portLink[a] = l;
    portLink[b] = l;
    portPeer[a] = b;
    portPeer[b] = a;
    linkA[l] = a;
    linkB[l] = b;
    linkSpeed[l] = link.speed;
    linkIds.push(id);
    linkIndex.set(id, l);
    linkBundle.push(link.bundle ?? id);
    graph.setEdge(link.a.node, link.b.node, l, id);
  });
  const portBond = new Int32Array(portCount).fill(-1);
  const bondIndex = new Map<string, number>();
  const bonds = (topology.bonds ?? []).map((spec, i) => {
    const bond = compileBond(spec, nodeIndex, nodeKinds, portIndex);
    if (bondIndex.has(`${spec.host}:${spec.name}`)) invalid(`bond ${spec.host}:${spec.name} declared twice`);
    bondIndex.set(`${spec.host}:${spec.name}`, i);
    for (const s of bond.slaves) {
      if (portBond[s] !== -1) invalid(`NIC ${portLabels[s]} is a slave of two bonds`);
      portBond[s] = i;
    }
    return bond;
  });
  const endpoints = nodeKinds.flatMap((k, n) => (k === 'switch' ? [] : [n]));
  const compiled = {
    topology, graph, nodeNames, nodeKinds, nodeIndex, nodePorts,
    portNode: Int32Array.from(portNodeList), portLabels, portIndex, portLink, portPeer, portBond,
    linkIds, linkIndex, linkA, linkB, linkSpeed, linkBundle, bonds, bondIndex, endpoints,
  };
  return { ...compiled, lags: compileLags(compiled, topology.aggregation ?? NO_AGGREGATION) };
}

function compileBond(
  spec: BondSpec,
  nodeIndex: ReadonlyMap<string, number>,
  nodeKinds: readonly NodeKind[],
  portIndex: ReadonlyMap<string, number>,
): CompiledBond {
  const where = `bond ${spec.host}:${spec.name}`;
  const host = nodeIndex.get(spec.host) ?? invalid(`${where}: no node ${spec.host}`);
  if (nodeKinds[host] === 'switch') invalid(`${where}: bonds belong to hosts or routers`);
  const mode = bondModeOf(spec.mode) ?? invalid(`${where}: unknown mode ${String(spec.mode)}`);
  if (spec.slaves.length === 0) invalid(`${where}: no slaves`);
  if (spec.primary !== undefined && !spec.slaves.includes(spec.primary)) {
    invalid(`${where}: primary ${spec.primary} is not a slave`);
  }
  const ordered = spec.primary === undefined ? spec.slaves : [spec.primary, ...spec.slaves.filter((s) => s !== spec.primary)];
  const slaves = ordered.map((nic) => portIndex.get(`${spec.host}:${nic}`) ?? invalid(`${where}: no NIC ${spec.host}:${nic}`));
  const m = spec.monitor;
  if (m.kind === 'mii') {
    const monitor = monitorIsBlind(m) ? 'none' : 'mii';
    return { name: spec.name, host, mode, slaves, monitor, targets: [], validateActive: false, validateBackup: false, allTargets: false, spec };
  }
  if (!arpMonitorAllowed(mode)) invalid(`${where}: ARP monitoring is not supported in mode ${mode}`);
  if (m.targets.length === 0 || m.targets.length > 16) invalid(`${where}: ARP monitoring needs 1..16 targets`);
  const targets = m.targets.map((t) => nodeIndex.get(t) ?? invalid(`${where}: ARP target ${t} is not a node`));
  const validate: ArpValidate = m.validate ?? 'none';
  return {
    name: spec.name,
    host,
    mode,
    slaves,
    monitor: 'arp',
    targets,
    validateActive: validate === 'active' || validate === 'all' || validate === 'filter_active',
    validateBackup: validate === 'backup' || validate === 'all' || validate === 'filter_backup',
    allTargets: m.allTargets === 'all',
    spec,
  };
}
