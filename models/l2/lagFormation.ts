/**
 * The converged LAG rule (PROTOCOLS.md §4, SCENARIOS R2, R4, R5): a LAG group forms iff
 *
 * 1. both ends are configured: every member's far-end port belongs to a group;
 * 2. both ends aggregate the same way: LACP on both (at least one active — passive–passive
 *    never sends a LACPDU, §4 periodic machine) or static on both;
 * 3. all members run at one speed (the key carries the speed, so mixed members land in
 *    different aggregators);
 * 4. all members reach one partner system: one node, or the two peers of an MC-LAG domain,
 *    which share a system id (§5.1). A static bundle cannot check this and still "forms",
 *    but it hashes frames over both switches, which then see the host's MAC flap: not formed;
 * 5. at least min-links members are up (carrier at both ends, not suspended by MC-LAG).
 *
 * MC-LAG (§5.1–5.3): with the peer-link down and both peers alive the keepalive tells the
 * secondary that the primary lives, so the secondary suspends its members of dual-connected
 * bundles; with the keepalive down too both stay active (dual-active). That rule runs with the
 * fault state (`mclagState.ts`), so suspended members reach layer 2 as ports without carrier.
 * The orders and transients of those losses are the protocol-level model's (decision 0012).
 *
 * A group whose node is down, or all of whose partners are down, is skipped: there is
 * nothing to form with, and losing a node is a reachability question.
 */
import type { CompiledTopology } from './compileTopology.js';
import type { FaultState } from './faultState.js';
import type { CompiledLags } from './lagGroups.js';
import type { McLagState } from './mclagState.js';

/** The converged state of one LAG group. */
export interface LagStatus {
  readonly id: string;
  /** The group's node or every partner is down: nothing to form. */
  readonly skipped: boolean;
  readonly formed: boolean;
  /** Why it does not form, or null. */
  readonly reason: string | null;
  /** Member ports that carry traffic: the up members when formed, else one individual member or none. */
  readonly used: readonly number[];
}

/** The converged state of the LAGs and MC-LAG domains. */
export interface LagState {
  readonly lags: readonly LagStatus[];
  /** Per MC-LAG domain: peer-link and keepalive up, secondary suspended, dual-active. */
  readonly domains: readonly McLagState[];
  /** Per port: suspended by its MC-LAG secondary. */
  readonly suspended: Uint8Array;
}

/** `10G`, `1G`, `100M` from Mb/s. */
export function speedLabel(mbps: number): string {
  return mbps >= 1000 ? `${mbps / 1000}G` : `${mbps}M`;
}

/** Why `lag` can never form whatever fails (rules 1–4), or null. */
export function configProblem(topo: CompiledTopology, lags: CompiledLags, index: number): string | null {
  const lag = lags.lags[index]!;
  const partners = new Set<number>();
  for (const p of lag.ports) {
    const q = topo.portPeer[p]!;
    if (q < 0) return `member ${topo.portLabels[p]} is not cabled`;
    const h = lags.portLag[q]!;
    if (h < 0) {
      const need = lag.mode === 'static' ? 'a static port group' : 'an LACP port-channel';
      return `${topo.portLabels[q]} (far end of ${topo.portLabels[p]}) is in no LAG: both ends must be configured (${lag.id} needs ${need})`;
    }
    partners.add(h);
  }
  for (const h of partners) {
    const other = lags.lags[h]!;
    if ((lag.mode === 'static') !== (other.mode === 'static')) {
      return `${lag.id} is ${lag.mode} and ${other.id} is ${other.mode}: a static bundle and LACP never aggregate`;
    }
    if (lag.mode === 'passive' && other.mode === 'passive') {
      return `${lag.id} and ${other.id} are both LACP passive: neither sends the first LACPDU`;
    }
  }
  const speeds = [...new Set(lag.ports.map((p) => topo.linkSpeed[topo.portLink[p]!]!))];
  if (speeds.length > 1) {
    return `members of ${lag.id} run at ${speeds.map(speedLabel).join(' and ')}: different keys, so different aggregators`;
  }
  const systems = new Map<number, string[]>();
  for (const p of lag.ports) {
    const far = topo.portNode[topo.portPeer[p]!]!;
    const names = systems.get(lags.systemOf[far]!) ?? [];
    if (!names.includes(topo.nodeNames[far]!)) names.push(topo.nodeNames[far]!);
    systems.set(lags.systemOf[far]!, names);
  }
  if (systems.size > 1) {
    const names = [...systems.values()].flat().join(', ');
    const why =
      lag.mode === 'static'
        ? 'a static bundle hashes frames over all of them, so each sees the MAC flap'
        : 'LACP puts the members in one aggregator per partner and only one carries traffic';
    return `members of ${lag.id} reach ${systems.size} partner systems (${names}) joined by no MC-LAG domain: ${why}`;
  }
  return null;
}

/** The converged LAG state under `faults`; `problems` from {@link configProblem}, once per design. */
export function lagStateOf(topo: CompiledTopology, lags: CompiledLags, problems: readonly (string | null)[], faults: FaultState): LagState {
  // The MC-LAG rule runs with the fault state (mclagState.ts): suspended members have no carrier.
  const { suspended } = faults;
  const domains = faults.mclag;
  const statuses = lags.lags.map((lag, i): LagStatus => {
    const partnersDown = lag.ports.every((p) => topo.portPeer[p]! < 0 || faults.nodeDown[topo.portNode[topo.portPeer[p]!]!]);
    const up = lag.ports.filter((p) => faults.carrier[p] && !suspended[p] && !suspended[topo.portPeer[p]!]);
    // One peer's half of an MC-LAG bundle: the far end's group, spanning both peers, reports the bundle.
    const half = up.length === 0 && lags.domainOf[lag.node]! >= 0 && isDualConnected(topo, lags, lag.ports);
    const skipped = faults.nodeDown[lag.node] === 1 || partnersDown || half;
    const problem = problems[i] ?? null;
    if (problem !== null) return { id: lag.id, skipped, formed: false, reason: problem, used: up.slice(0, 1) };
    if (up.length < lag.minLinks || up.length === 0) {
      const reason = `only ${up.length} of ${lag.ports.length} members of ${lag.id} up (min-links ${lag.minLinks})`;
      return { id: lag.id, skipped, formed: false, reason, used: [] };
    }
    return { id: lag.id, skipped, formed: true, reason: null, used: up };
  });
  return { lags: statuses, domains, suspended };
}

/** Whether the far-end group of `ports` reaches both peers of an MC-LAG domain. */
function isDualConnected(topo: CompiledTopology, lags: CompiledLags, ports: readonly number[]): boolean {
  const q = topo.portPeer[ports[0]!] ?? -1;
  const h = q < 0 ? -1 : lags.portLag[q]!;
  if (h < 0) return false;
  const far = new Set(lags.lags[h]!.ports.map((m) => topo.portNode[topo.portPeer[m]!]!));
  return lags.mclag.some((d) => far.has(d.primary) && far.has(d.secondary));
}
