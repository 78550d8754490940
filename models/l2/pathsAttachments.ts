/**
 * Where each endpoint's traffic enters the switched network once everything has converged:
 * per used NIC, the switch at its far end and the share of the endpoint's traffic it carries.
 *
 * - An endpoint with a LAG group (an 802.3ad or static bond, or a declared group) sends over
 *   the group's used members (`lagFormation.ts`), hashed evenly: share 1/k each. A group
 *   that does not form falls back to one individual member.
 * - Otherwise its settled interfaces (`settleBonds.ts`): active-backup uses its active slave
 *   (share 1), hashing modes split evenly, broadcast sends everything on every slave; an
 *   endpoint with several lone NICs uses the first that works.
 * A NIC counts only when frames pass both ways between it and its switch.
 */
import type { ConvergedL2 } from './converge.js';
import type { CompiledTopology } from './compileTopology.js';
import type { CompiledLags } from './lagGroups.js';
import type { LagState } from './lagFormation.js';

/** One way into the network: a NIC, its switch and the share of traffic it carries. */
export interface Attachment {
  readonly nic: number;
  readonly link: number;
  readonly switchNode: number;
  readonly share: number;
}

/** The attachments of endpoint `n` (empty when it is down or cut off). */
export function attachmentsOf(topo: CompiledTopology, lags: CompiledLags, lagState: LagState, c: ConvergedL2, n: number): Attachment[] {
  if (c.faults.nodeDown[n]) return [];
  const works = (p: number): boolean => {
    const q = topo.portPeer[p]!;
    return q >= 0 && topo.nodeKinds[topo.portNode[q]!] === 'switch' && c.graph.nicUp[p] === 1 && c.graph.nicDown[p] === 1 && !lagState.suspended[q];
  };
  const attach = (nics: readonly number[], share: (k: number) => number): Attachment[] => {
    const live = nics.filter(works);
    return live.map((nic) => ({ nic, link: topo.portLink[nic]!, switchNode: topo.portNode[topo.portPeer[nic]!]!, share: share(live.length) }));
  };
  const group = topo.nodePorts[n]!.map((p) => lags.portLag[p]!).find((g) => g >= 0);
  if (group !== undefined) return attach(lagState.lags[group]!.used, (k) => 1 / k);
  for (const i of c.settled.interfaces[n] ?? []) {
    const found =
      i.spread === 'single' ? attach(i.nics.slice(0, 1), () => 1) : attach(i.nics, (k) => (i.spread === 'any' ? 1 : 1 / k));
    if (found.length > 0) return i.spread === 'any' ? found : found;
  }
  return [];
}
