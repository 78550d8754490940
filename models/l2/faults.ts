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
 * | `one-way` | `oneway:<Node:port>` | carrier stays up, frames sent from that port are lost |
 *
 * Gray kinds are opt-in (not in {@link DEFAULT_FAULT_KINDS}): they triple the candidates.
 */
import type { CompiledTopology } from './compileTopology.js';

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
  'one-way',
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
  'one-way': 'a link keeps carrier but loses every frame in one direction',
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

/** Every fault element of `topo`, in a fixed order: nodes, then links, then ports. */
export function allFaultElements(topo: CompiledTopology): FaultElement[] {
  const out: FaultElement[] = [];
  topo.nodeNames.forEach((name, n) => {
    const kind = topo.nodeKinds[n]!;
    out.push({ id: `${kind}:${name}`, kind, label: `${kind} ${name} down`, target: n, subject: name });
  });
  topo.linkIds.forEach((id, l) => {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    const between = topo.nodeKinds[topo.portNode[a]!] === 'switch' && topo.nodeKinds[topo.portNode[b]!] === 'switch';
    const ends = `${topo.portLabels[a]}—${topo.portLabels[b]}`;
    out.push({ id: `link:${id}`, kind: between ? 'inter-switch-link' : 'link', label: `link ${ends} down`, target: l, subject: id });
    out.push({ id: `gray:${id}`, kind: 'gray-link', label: `link ${ends} gray (carrier up, no frames)`, target: l, subject: id });
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const label = `link ${ends} loses ${topo.portLabels[from]}→${topo.portLabels[to]}`;
      out.push({ id: `oneway:${topo.portLabels[from]}`, kind: 'one-way', label, target: from, subject: id });
    }
  });
  topo.portLabels.forEach((label, p) => {
    if (topo.portLink[p] === -1) return;
    const onSwitch = topo.nodeKinds[topo.portNode[p]!] === 'switch';
    const kind = onSwitch ? 'switch-port' : 'nic';
    const id = `${onSwitch ? 'port' : 'nic'}:${label}`;
    out.push({ id, kind, label: `${onSwitch ? 'port' : 'NIC'} ${label} down`, target: p, subject: label });
  });
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
