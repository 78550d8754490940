/**
 * Max Age as a hop limit (issue 12 item 8): how many bridges each bridge is from its root in a
 * converged tree, and which bridges lie beyond what the root's Max Age carries.
 *
 * Sources: 802.1D-2004 §17.21.25 updtRolesTree (a bridge's rootTimes are its root port's
 * times with Message Age incremented by 1 s), §17.21.23 updtRcvdInfoWhile (received
 * information is kept for 3 × Hello Time if Message Age + 1 s does not exceed Max Age, and
 * is aged out at once otherwise); mstpd `mstp.c: updtRcvdInfoWhile` (PROTOCOLS.md §6.4). The
 * root sends Message Age 0, so the bridge k hops away receives k − 1 and keeps the
 * information only while k ≤ Max Age: with Max Age 6 s a bridge 7 hops out ages the root's
 * information out as soon as it arrives and keeps electing itself (or another root) — it
 * flaps. Bridges adopt the root's Max Age from its BPDUs (§17.19.? rootTimes), so the root's
 * value decides.
 *
 * Which bridges: RSTP bridges (mode `rstp`: mstpd on Linux, vendor RSTP). The Linux kernel's
 * own 802.1D-1998 STP (mode `stp`) adds the time since the BPDU arrived plus one jiffy
 * (`br_stp.c` MESSAGE_AGE_INCR, "make sure that is at least one") instead of 1 s per hop, so
 * its limit lies far beyond any real diameter; the model does not apply the limit to it.
 * Abstracted: the flapping itself (the converged tree is what the bridges within the limit
 * agree on; the property flags the bridges outside it).
 */
import type { StpResult } from './types.js';

/** Per bridge id, its distance in bridges from the root of its tree (0 at a root; absent when down or not running STP). */
export function hopsFromRoot(result: StpResult): Map<string, number> {
  const hops = new Map<string, number>();
  const hopsOf = (id: string, guard: number): number | undefined => {
    const known = hops.get(id);
    if (known !== undefined) return known;
    const b = result.bridges.get(id);
    if (!b?.up || b.root === null || guard > result.bridges.size) return undefined;
    if (b.root === id) return (hops.set(id, 0), 0);
    const upstream = b.rootPort === null ? null : result.ports.get(`${id}/${b.rootPort}`)?.designatedBridge;
    const above = upstream ? hopsOf(upstream, guard + 1) : undefined;
    if (above === undefined) return undefined;
    hops.set(id, above + 1);
    return above + 1;
  };
  for (const id of result.bridges.keys()) hopsOf(id, 0);
  return hops;
}

/** RSTP bridges farther from their root than its Max Age (seconds, one per hop) carries, with their distance. */
export function beyondMaxAge(result: StpResult, maxAgeOf: (root: string) => number): { readonly bridge: string; readonly hops: number; readonly maxAge: number }[] {
  const hops = hopsFromRoot(result);
  const out: { bridge: string; hops: number; maxAge: number }[] = [];
  for (const [id, b] of result.bridges) {
    const k = hops.get(id);
    if (k === undefined || b.mode !== 'rstp' || b.root === null) continue;
    const maxAge = maxAgeOf(b.root);
    if (k > maxAge) out.push({ bridge: id, hops: k, maxAge });
  }
  return out;
}
