/**
 * Compiles the LAG groups of a design: the declared port-channels plus the groups that host
 * bonds imply (PROTOCOLS.md §3.1 "Switch Configuration"): 802.3ad is an LACP group (active
 * unless declared passive: `lacp_active on` is the default, §3.4); balance-rr, balance-xor
 * and broadcast need a static port group; active-backup, balance-tlb and balance-alb need
 * nothing on the switch and imply no group. A declared group on a host with the name of one
 * of its bonds overrides that bond's implied mode, rate and min-links.
 *
 * MC-LAG domains map both peers to one partner system (§5.1) and name the peer-link.
 */
import { FaultlineError } from '../../src/core/errors.js';
import type { CompiledTopology } from './compileTopology.js';
import type { AggregationSpec, LagGroupSpec, LagMode } from './lagSpec.js';

/** A LAG group with indices. */
export interface CompiledLag {
  /** `Node:name`. */
  readonly id: string;
  readonly node: number;
  readonly ports: readonly number[];
  readonly mode: LagMode;
  readonly minLinks: number;
  /** Implied by a host bond rather than declared. */
  readonly implied: boolean;
}

/** A compiled MC-LAG domain. */
export interface CompiledMcLag {
  readonly name: string;
  readonly primary: number;
  readonly secondary: number;
  readonly peerLinks: readonly number[];
  /** Links the keepalive runs over, or null when it is assumed up (no `keepalive` given). */
  readonly keepaliveLinks: readonly number[] | null;
  /** The secondary shuts its SVIs (gateway members) when it suspends (`secondarySvis: down`). */
  readonly svisDown: boolean;
  /** Ports of the secondary suspended with its members (`orphanSuspend`). */
  readonly orphanPorts: readonly number[];
}

/** LAG groups, the group of every port, MC-LAG domains and the partner system of every node. */
export interface CompiledLags {
  readonly lags: readonly CompiledLag[];
  /** Group index per port, -1 outside any group. */
  readonly portLag: Int32Array;
  readonly mclag: readonly CompiledMcLag[];
  /** Partner-system id per node: the node itself, or the lowest peer of its MC-LAG domain. */
  readonly systemOf: Int32Array;
  /** MC-LAG domain index per node, -1 outside any. */
  readonly domainOf: Int32Array;
  /** Peer-link flag per link. */
  readonly peerLink: Uint8Array;
  /** Per link: a keepalive link outside the peer-link, routed, so it carries no layer-2 frames. */
  readonly routedLink: Uint8Array;
}

function invalid(message: string): never {
  throw new FaultlineError({ code: 'FL310', message: `invalid topology: ${message}`, hint: 'check lags and mclag in the design' });
}

const IMPLIED: Readonly<Record<string, LagMode | undefined>> = {
  '802.3ad': 'active',
  'balance-rr': 'static',
  'balance-xor': 'static',
  broadcast: 'static',
};

/** Compiles the groups and domains of `spec` over `topo`. */
export function compileLags(topo: Omit<CompiledTopology, 'lags'>, spec: Pick<AggregationSpec, 'lags' | 'mclag'>): CompiledLags {
  const declared = new Map(spec.lags.map((g) => [`${g.node}:${g.name}`, g]));
  const groups: { spec: LagGroupSpec; implied: boolean }[] = [];
  for (const bond of topo.bonds) {
    const host = topo.nodeNames[bond.host]!;
    const override = declared.get(`${host}:${bond.name}`);
    const mode = override?.mode ?? IMPLIED[bond.mode];
    if (mode === undefined) continue;
    const ports = bond.slaves.map((p) => topo.portLabels[p]!.slice(host.length + 1));
    groups.push({ spec: { ...override, name: bond.name, node: host, ports, mode }, implied: override === undefined });
    declared.delete(`${host}:${bond.name}`);
  }
  for (const g of declared.values()) groups.push({ spec: g, implied: false });

  const portLag = new Int32Array(topo.portLabels.length).fill(-1);
  const lags = groups.map(({ spec: g, implied }, i): CompiledLag => {
    const node = topo.nodeIndex.get(g.node) ?? invalid(`LAG ${g.name}: no node ${g.node}`);
    const ports = g.ports.map((p) => topo.portIndex.get(`${g.node}:${p}`) ?? invalid(`LAG ${g.node}:${g.name}: no port ${g.node}:${p}`));
    for (const p of ports) {
      if (portLag[p] !== -1) invalid(`port ${topo.portLabels[p]} is in two LAGs`);
      portLag[p] = i;
    }
    return { id: `${g.node}:${g.name}`, node, ports, mode: g.mode, minLinks: g.minLinks ?? 1, implied };
  });

  const systemOf = Int32Array.from(topo.nodeNames.map((_, n) => n));
  const domainOf = new Int32Array(topo.nodeNames.length).fill(-1);
  const peerLink = new Uint8Array(topo.linkIds.length);
  const mclag = spec.mclag.map((d, i): CompiledMcLag => {
    const [a, b] = d.peers.map((p) => topo.nodeIndex.get(p) ?? invalid(`MC-LAG ${d.name}: no switch ${p}`)) as [number, number];
    if (a === b) invalid(`MC-LAG ${d.name}: a domain has two different peers`);
    for (const n of [a, b]) {
      if (domainOf[n] !== -1) invalid(`MC-LAG ${d.name}: ${topo.nodeNames[n]} is already in a domain`);
      domainOf[n] = i;
      systemOf[n] = Math.min(a, b);
    }
    const peerLinks = linksNamed(topo, d.peerLink);
    if (peerLinks.length === 0) invalid(`MC-LAG ${d.name}: peer-link ${d.peerLink.join(', ')} names no link`);
    for (const l of peerLinks) {
      const ends = [topo.portNode[topo.linkA[l]!]!, topo.portNode[topo.linkB[l]!]!].sort();
      if (ends[0] !== Math.min(a, b) || ends[1] !== Math.max(a, b)) invalid(`MC-LAG ${d.name}: peer-link ${topo.linkIds[l]} does not join the two peers`);
      peerLink[l] = 1;
    }
    const keepaliveLinks = d.keepalive === undefined ? null : linksNamed(topo, d.keepalive);
    if (keepaliveLinks !== null && keepaliveLinks.length === 0) invalid(`MC-LAG ${d.name}: keepalive ${d.keepalive!.join(', ')} names no link`);
    const orphanPorts = (d.orphanSuspend ?? []).map((p) => topo.portIndex.get(`${d.peers[1]}:${p}`) ?? invalid(`MC-LAG ${d.name}: no port ${p} on ${d.peers[1]}`));
    return { name: d.name, primary: a, secondary: b, peerLinks, keepaliveLinks, svisDown: d.secondarySvis === 'down', orphanPorts };
  });
  const routedLink = new Uint8Array(topo.linkIds.length);
  for (const d of mclag) for (const l of d.keepaliveLinks ?? []) if (!peerLink[l]) routedLink[l] = 1;
  return { lags, portLag, mclag, systemOf, domainOf, peerLink, routedLink };
}

/** The links named by id or by bundle name. */
function linksNamed(topo: Omit<CompiledTopology, 'lags'>, names: readonly string[]): number[] {
  return topo.linkIds.flatMap((id, l) => (names.includes(id) || names.includes(topo.linkBundle[l]!) ? [l] : []));
}
