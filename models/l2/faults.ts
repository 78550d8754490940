/**
 * Fault elements of a layer-2 topology (SCENARIOS L1): what can fail, each with a stable id
 * and a label for traces.
 *
 * | kind | id | effect at the converged level |
 * |---|---|---|
 * | `link` | `link:<linkId>` | a cable with a host or router end: no carrier at either end |
 * | `inter-switch-link` | `link:<linkId>` | the same, for a cable between two switches |
 * | `nic` | `nic:<Node:port>` | a host or router NIC: no carrier on its link |
 * | `switch-port` | `port:<Node:port>` | a switch port: no carrier on its link |
 * | `switch` | `switch:<name>` | the whole switch: no carrier on any of its links |
 * | `host` / `router` | `host:<name>` / `router:<name>` | the whole node |
 * | `gray-link` | `gray:<linkId>` | carrier stays up, no frame passes either way |
 * | `gray-switch` | `gray-switch:<name>` | a hung switch: every link keeps carrier, none passes a frame or a BPDU |
 * | `one-way` | `oneway:<Node:port>` | carrier stays up, frames sent from that port are lost |
 * | `peer-link` | `peer-link:<domain>` | every member of an MC-LAG peer-link at once |
 * | `keepalive` | `keepalive:<domain>` | the MC-LAG peer keepalive (its path or its process) |
 * | `gateway` | `gateway:<gateway>:<node>` | the VRRP or anycast gateway process on a live node |
 * | `rogue-bridge` | `rogue:<Switch:port>` | a bridge with the lowest possible bridge id (priority 0) appears behind a switch port that faces a host or router, sending superior BPDUs (models/l2/rogueBridge.ts) |
 * | `rogue-visit` | `rogue-visit:<Switch:port>` | such a bridge was plugged in behind the port and unplugged again: what it err-disabled stays err-disabled unless the switch has err-disable recovery (faultState.ts); offered only when some port has BPDU guard |
 *
 * Gray kinds are opt-in (not in {@link DEFAULT_FAULT_KINDS}): they triple the candidates. The
 * issue-4 kinds (`peer-link`, `keepalive`, `gateway`; decision 0016) are opt-in too, so designs
 * that name none keep their fault sets. An MC-LAG peer fails as its `switch` and a LAG member as
 * its `link`, `nic` or `switch-port`; their labels say so (`switch P1 down (MC-LAG pair peer)`,
 * `link Server1:eth0—P1:p1 down (member of LAG Server1:bond0)`).
 */
import type { CompiledTopology } from './compileTopology.js';
import { portGuardsOf } from './portGuards.js';

/** Every fault kind. */
export const FAULT_KINDS = [
  'link',
  'inter-switch-link',
  'nic',
  'switch-port',
  'switch',
  'host',
  'router',
  'gray-link',
  'gray-switch',
  'one-way',
  'peer-link',
  'keepalive',
  'gateway',
  'rogue-bridge',
  'rogue-visit',
] as const;

/** A fault kind. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One-line descriptions, for `faultline list` and the design kind. */
export const FAULT_KIND_DESCRIPTIONS: Readonly<Record<FaultKind, string>> = {
  link: 'a cable to a host or router is cut (no carrier at either end)',
  'inter-switch-link': 'a cable between two switches is cut',
  nic: 'a host or router NIC fails',
  'switch-port': 'a switch port fails',
  switch: 'a whole switch fails',
  host: 'a whole host fails',
  router: 'a whole router fails',
  'gray-link': 'a link keeps carrier but passes no frame (gray failure)',
  'gray-switch': 'a switch stops forwarding and sending BPDUs while every link keeps carrier (a hung forwarding plane): one fault',
  'one-way': 'a link keeps carrier but loses every frame in one direction',
  'peer-link': 'every member link of an MC-LAG peer-link fails at once',
  keepalive: 'the MC-LAG peer keepalive fails (peer-link untouched)',
  gateway: 'the VRRP or anycast gateway process on a live switch or router fails',
  'rogue-bridge': 'a bridge with priority 0 (the lowest bridge id) appears on a switch port facing a host or router: a switch plugged into an access port, or a server that starts bridging with STP on',
  'rogue-visit': 'such a bridge is plugged into a switch port facing a host or router and unplugged again: a port it err-disabled stays down without errdisable recovery',
};

/** Kinds considered when a design names none. */
export const DEFAULT_FAULT_KINDS: readonly FaultKind[] = ['link', 'inter-switch-link', 'nic', 'switch-port', 'switch', 'host', 'router'];

/** A failable element. `target` is a link, port or node index depending on `kind`. */
export interface FaultElement {
  readonly id: string;
  readonly kind: FaultKind;
  readonly label: string;
  readonly target: number;
  /** Node name, link id or port label the element is about (for filters). */
  readonly subject: string;
}

/** Which elements a design considers. */
export interface FaultFilter {
  /** Default {@link DEFAULT_FAULT_KINDS}. */
  readonly kinds?: readonly FaultKind[];
  /** When given, only elements whose id or subject is listed. */
  readonly elements?: readonly string[];
  /** Elements (by id or subject) never considered. */
  readonly exclude?: readonly string[];
}

/** The id of the fault of gateway `gateway`'s process on `node`. */
export function gatewayFaultId(gateway: string, node: string): string {
  return `gateway:${gateway}:${node}`;
}

/** What a link is part of, for its label: ` (member of LAG …)`, ` (peer-link of MC-LAG …)` or ''. */
function linkRole(topo: CompiledTopology, l: number): string {
  const { lags } = topo;
  const domain = lags.mclag.find((d) => d.peerLinks.includes(l));
  if (domain) return ` (peer-link of MC-LAG ${domain.name})`;
  if (lags.routedLink[l]) return ' (MC-LAG keepalive)';
  const groups = [...new Set([topo.linkA[l]!, topo.linkB[l]!].flatMap((p) => (lags.portLag[p]! >= 0 ? [lags.lags[lags.portLag[p]!]!.id] : [])))];
  return groups.length > 0 ? ` (member of LAG ${groups.join(' / ')})` : '';
}

/**
 * Every fault element of `topo`, in a fixed order: nodes, then links, then ports, then the
 * MC-LAG peer-links and keepalives, then the gateway processes.
 */
export function allFaultElements(topo: CompiledTopology): FaultElement[] {
  const out: FaultElement[] = [];
  topo.nodeNames.forEach((name, n) => {
    const kind = topo.nodeKinds[n]!;
    const domain = topo.lags.mclag[topo.lags.domainOf[n]!];
    const role = domain ? ` (MC-LAG ${domain.name} ${domain.primary === n ? 'primary' : 'secondary'})` : '';
    out.push({ id: `${kind}:${name}`, kind, label: `${kind} ${name} down${role}`, target: n, subject: name });
    if (kind === 'switch') out.push({ id: `gray-switch:${name}`, kind: 'gray-switch', label: `switch ${name} hung (carrier up, no frames, no BPDUs)`, target: n, subject: name });
  });
  topo.linkIds.forEach((id, l) => {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    const between = topo.nodeKinds[topo.portNode[a]!] === 'switch' && topo.nodeKinds[topo.portNode[b]!] === 'switch';
    const ends = `${topo.portLabels[a]}—${topo.portLabels[b]}`;
    out.push({ id: `link:${id}`, kind: between ? 'inter-switch-link' : 'link', label: `link ${ends} down${linkRole(topo, l)}`, target: l, subject: id });
    out.push({ id: `gray:${id}`, kind: 'gray-link', label: `link ${ends} gray (carrier up, no frames)`, target: l, subject: id });
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const label = `link ${ends} loses ${topo.portLabels[from]}→${topo.portLabels[to]}`;
      out.push({ id: `oneway:${topo.portLabels[from]}`, kind: 'one-way', label, target: from, subject: id });
    }
  });
  // A visit leaves something behind only through BPDU guard: offered where some port has it.
  const bpduGuarded = portGuardsOf(topo).bpdu.includes(1);
  topo.portLabels.forEach((label, p) => {
    if (topo.portLink[p] === -1) return;
    const onSwitch = topo.nodeKinds[topo.portNode[p]!] === 'switch';
    const kind = onSwitch ? 'switch-port' : 'nic';
    const id = `${onSwitch ? 'port' : 'nic'}:${label}`;
    out.push({ id, kind, label: `${onSwitch ? 'port' : 'NIC'} ${label} down${linkRole(topo, topo.portLink[p]!)}`, target: p, subject: label });
    if (onSwitch && topo.nodeKinds[topo.portNode[topo.portPeer[p]!]!] !== 'switch') {
      out.push({ id: `rogue:${label}`, kind: 'rogue-bridge', label: `a rogue bridge with priority 0 appears behind port ${label}`, target: p, subject: label });
      if (bpduGuarded) out.push({ id: `rogue-visit:${label}`, kind: 'rogue-visit', label: `a rogue bridge was plugged in behind port ${label} and unplugged again`, target: p, subject: label });
    }
  });
  topo.lags.mclag.forEach((d, i) => {
    const links = d.peerLinks.map((l) => topo.linkIds[l]).join(', ');
    out.push({ id: `peer-link:${d.name}`, kind: 'peer-link', label: `MC-LAG ${d.name} peer-link down (${links})`, target: i, subject: d.name });
    out.push({ id: `keepalive:${d.name}`, kind: 'keepalive', label: `MC-LAG ${d.name} keepalive down`, target: i, subject: d.name });
  });
  for (const g of topo.topology.aggregation?.gateways ?? []) {
    for (const m of g.members) {
      const n = topo.nodeIndex.get(m.node);
      if (n === undefined) continue;
      out.push({ id: gatewayFaultId(g.name, m.node), kind: 'gateway', label: `gateway ${g.name} process on ${m.node} down`, target: n, subject: g.name });
    }
  }
  return out;
}

/** The elements of `topo` that `filter` allows, in the order of {@link allFaultElements}. */
export function faultElements(topo: CompiledTopology, filter: FaultFilter = {}): FaultElement[] {
  const kinds = new Set<FaultKind>(filter.kinds ?? DEFAULT_FAULT_KINDS);
  const only = filter.elements ? new Set(filter.elements) : undefined;
  const exclude = new Set(filter.exclude ?? []);
  return allFaultElements(topo).filter(
    (e) =>
      kinds.has(e.kind) &&
      (only === undefined || only.has(e.id) || only.has(e.subject)) &&
      !exclude.has(e.id) &&
      !exclude.has(e.subject),
  );
}

/**
 * Elements with the same key have the same effect at the converged level: a link cut, a
 * failed port at either end and a failed NIC all remove carrier from that one link. A sweep
 * over single failures needs to converge one element per key only.
 */
export function effectKey(topo: CompiledTopology, element: FaultElement): string {
  if (element.kind === 'nic' || element.kind === 'switch-port') return `link:${topo.linkIds[topo.portLink[element.target]!]}`;
  return element.id;
}
