/**
 * Port Role Transitions and Port State Transition (802.1D-2004 §17.29–17.30, PROTOCOLS.md
 * §6.5), one transition per port per pass, tagged with the state names of Figure 17-21.
 *
 * `sync` is kept in a map for the duration of one bridge run: every transition that sets it
 * (setSyncTree) is followed in the same run by DESIGNATED_SYNCED/DISCARD or ROOT_AGREED, which
 * clear it, so it never needs to outlive the run (documented in the model header).
 */
import type { RstpConfig } from './config.js';
import { patchPort, type Draft } from './draft.js';

/** Runs one pass of transitions over bridge b's ports. Returns whether anything changed. */
export function transitionPass(config: RstpConfig, d: Draft, b: number, newInfo: Set<number>, sync: Map<number, boolean>): boolean {
  let changed = false;
  const ports = config.portsOf[b]!;
  const others = (p: number) => ports.filter((q) => q !== p);
  const allSynced = (p: number) =>
    others(p).every((q) => {
      const qs = d.ports[q]!;
      return qs.role === 'root' || qs.role === 'disabled' || qs.synced;
    });
  const reRooted = (p: number) => others(p).every((q) => d.ports[q]!.rrWhile === 0);
  const setTree = (flag: 'sync' | 'reRoot') => {
    for (const q of ports) {
      if (flag === 'sync') sync.set(q, true);
      else if (!d.ports[q]!.reRoot) patchPort(d, q, { reRoot: true });
    }
  };
  for (const p of ports) {
    const ps = d.ports[p]!;
    const syncing = sync.get(p) === true;
    switch (ps.role) {
      case 'root':
        if (ps.proposed && !ps.agree) {
          // ROOT_PROPOSED
          setTree('sync');
          patchPort(d, p, { proposed: false });
        } else if ((allSynced(p) && !ps.agree) || (ps.proposed && ps.agree)) {
          // ROOT_AGREED
          sync.set(p, false);
          patchPort(d, p, { proposed: false, agree: true });
          newInfo.add(p);
        } else if ((ps.agreed && !ps.synced) || (syncing && ps.synced)) {
          // ROOT_SYNCED
          sync.set(p, false);
          patchPort(d, p, { synced: true });
        } else if (ps.st !== 'forwarding' && !ps.reRoot) {
          // REROOT
          setTree('reRoot');
        } else if (ps.reRoot && ps.st === 'forwarding') {
          // REROOTED
          patchPort(d, p, { reRoot: false });
        } else if (ps.st !== 'forwarding' && (ps.fdWhile === 0 || reRooted(p))) {
          // ROOT_LEARN / ROOT_FORWARD
          patchPort(d, p, ps.st === 'discarding' ? { st: 'learning', fdWhile: config.fdTicks } : { st: 'forwarding', fdWhile: 0 });
        } else continue;
        changed = true;
        break;
      case 'designated':
        if (ps.st !== 'forwarding' && !ps.agreed && !ps.proposing) {
          // DESIGNATED_PROPOSE
          patchPort(d, p, { proposing: true });
          newInfo.add(p);
        } else if ((ps.st === 'discarding' && !ps.synced) || (ps.agreed && !ps.synced) || (syncing && ps.synced)) {
          // DESIGNATED_SYNCED
          sync.set(p, false);
          patchPort(d, p, { rrWhile: 0, synced: true });
        } else if (ps.rrWhile === 0 && ps.reRoot) {
          // DESIGNATED_RETIRED
          patchPort(d, p, { reRoot: false });
        } else if (((syncing && !ps.synced) || (ps.reRoot && ps.rrWhile !== 0) || ps.disputed) && ps.st !== 'discarding') {
          // DESIGNATED_DISCARD
          patchPort(d, p, { st: 'discarding', fdWhile: config.fdTicks, disputed: false });
        } else if (
          ps.st !== 'forwarding' &&
          (ps.fdWhile === 0 || ps.agreed) &&
          (ps.rrWhile === 0 || !ps.reRoot) &&
          !syncing
        ) {
          // DESIGNATED_LEARN / DESIGNATED_FORWARD (agreed = sendRSTP on forwarding)
          patchPort(d, p, ps.st === 'discarding' ? { st: 'learning', fdWhile: config.fdTicks } : { st: 'forwarding', fdWhile: 0, agreed: true });
        } else continue;
        changed = true;
        break;
      case 'alternate':
      case 'backup':
        if (ps.proposed && !ps.agree) {
          // ALTERNATE_PROPOSED
          setTree('sync');
          patchPort(d, p, { proposed: false });
        } else if ((allSynced(p) && !ps.agree) || (ps.proposed && ps.agree)) {
          // ALTERNATE_AGREED
          patchPort(d, p, { proposed: false, agree: true });
          newInfo.add(p);
        } else continue;
        changed = true;
        break;
      case 'disabled':
        break;
    }
  }
  return changed;
}
