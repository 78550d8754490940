/**
 * Reachability between endpoints (hosts, routers) over the forwarding graph.
 *
 * An endpoint talks through interfaces: each bond is one interface whose NICs are the slaves
 * it currently uses, each NIC outside any bond is an interface of its own. An interface's
 * spread (see `spreadOf`) says how its NICs combine: `single`/`any` — one working NIC
 * suffices; `all` — flows are hashed over every used NIC, so each must work.
 * Endpoint x reaches y when some interface of x delivers to some interface of y.
 */
import type { ForwardingGraph } from './forwardingGraph.js';

/** An interface of an endpoint: the NICs (port indices) it uses, and how it spreads traffic. */
export interface Interface {
  readonly nics: readonly number[];
  readonly spread: 'single' | 'any' | 'all';
}

/** Whether a frame sent from NIC `a` arrives at NIC `r`. */
export function nicReachesNic(g: ForwardingGraph, a: number, r: number): boolean {
  return g.nicUp[a] === 1 && g.nicDown[r] === 1 && g.compReaches(g.comp[g.nicVertex[a]!]!, g.comp[g.nicVertex[r]!]!);
}

function quantify(nics: readonly number[], spread: Interface['spread'], test: (nic: number) => boolean): boolean {
  if (nics.length === 0) return false;
  return spread === 'all' ? nics.every(test) : nics.some(test);
}

/** Whether interface `from` delivers frames to interface `to`. */
export function interfaceReaches(g: ForwardingGraph, from: Interface, to: Interface): boolean {
  return quantify(from.nics, from.spread, (a) => quantify(to.nics, to.spread, (r) => nicReachesNic(g, a, r)));
}

/** Whether some interface of `from` delivers to some interface of `to`. */
export function endpointReaches(g: ForwardingGraph, from: readonly Interface[], to: readonly Interface[]): boolean {
  return from.some((i) => to.some((j) => interfaceReaches(g, i, j)));
}

/**
 * A key that two endpoints share only if they are interchangeable for reachability: the
 * components their NICs attach to and which directions work, interface by interface.
 */
export function reachSignature(g: ForwardingGraph, interfaces: readonly Interface[]): string {
  let key = '';
  for (const i of interfaces) {
    key += i.spread[0]!;
    for (const nic of i.nics) key += `${g.comp[g.nicVertex[nic]!]}${g.nicUp[nic] ? '+' : '-'}${g.nicDown[nic] ? '+' : '-'},`;
    key += ';';
  }
  return key;
}
