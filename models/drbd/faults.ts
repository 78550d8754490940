/**
 * Faults and repairs of the DRBD model, restricted to the design's fault kinds:
 * `crash` (one node crashes / restarts), `power` (both nodes lose power at once), `link`
 * (the replication link is cut / reconnected), `disk` (a backing disk fails: detach, Diskless).
 * Restarting a node is a repair under `crash` or `power`.
 */
import type { DrbdFault } from './actions.js';
import type { DrbdConfig } from './config.js';
import { applyCrash, applyRestart } from './crash.js';
import { loseConnection } from './replicate.js';
import { peerOf, withNode, type DrbdState } from './state.js';

const NODES = [0, 1] as const;

/** The faults enabled in `s`, in a fixed order: per node crash/restart; power; link; per node disk. */
export function enabledFaults(config: DrbdConfig, s: DrbdState): DrbdFault[] {
  const kinds = config.faultKinds;
  const out: DrbdFault[] = [];
  for (const node of NODES) {
    const up = s.nodes[node].up;
    if (up && kinds.has('crash')) out.push({ type: 'crash', node });
    if (!up && (kinds.has('crash') || kinds.has('power'))) out.push({ type: 'restart', node });
  }
  if (kinds.has('power') && s.nodes.every((n) => n.up)) out.push({ type: 'powerLoss' });
  if (kinds.has('link')) out.push(s.link === 'up' ? { type: 'cut' } : { type: 'reconnect' });
  if (kinds.has('disk')) {
    for (const node of NODES) if (s.nodes[node].up && s.nodes[node].disk !== 'Diskless') out.push({ type: 'diskFailure', node });
  }
  return out;
}

/** The state after fault `f`. */
export function applyFault(config: DrbdConfig, s: DrbdState, f: DrbdFault): DrbdState {
  switch (f.type) {
    case 'crash': {
      const j = peerOf(f.node);
      const wasConnected = s.nodes[j].up && s.nodes[j].conn === 'Connected';
      const t = applyCrash(s, f.node);
      return wasConnected ? loseConnection(config, t, j) : t;
    }
    case 'restart':
      return applyRestart(s, f.node);
    case 'powerLoss':
      return applyCrash(applyCrash(s, 0), 1);
    case 'cut': {
      let t: DrbdState = { ...s, link: 'cut' };
      for (const i of NODES) if (t.nodes[i].up && t.nodes[i].conn === 'Connected') t = loseConnection(config, t, i);
      return t;
    }
    case 'reconnect':
      return { ...s, link: 'up' };
    case 'diskFailure': {
      // on-io-error detach (default): Failed, then Diskless; what was on it and queued for it is gone.
      const n = s.nodes[f.node];
      return withNode(s, f.node, { ...n, disk: 'Diskless', data: 0, mem: 0 });
    }
  }
}
