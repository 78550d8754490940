/**
 * Notify-script effects as steps on the other components (models/keepalived/config.ts lists
 * them). Each effect either succeeds and the script goes on, or fails and the script stops:
 * later effects do not run (a script written with `set -e`, or `drbdadm primary && mount ...`).
 */
import { demote, demoteEnabled, promote } from '../drbd/promote.js';
import type { NotifyEffect } from '../keepalived/config.js';
import type { HaStackConfig } from './config.js';
import { crashHost } from './host.js';
import { hostUp, peerOf, withNode, type HaState } from './state.js';

type Node = 0 | 1;

/** The state after the effect, and why it failed (null when it succeeded). */
export interface EffectOutcome {
  readonly state: HaState;
  readonly failure: string | null;
}

/** Runs `effect` on node `i`. */
export function runEffect(config: HaStackConfig, s: HaState, i: Node, effect: NotifyEffect): EffectOutcome {
  const n = s.nodes[i];
  const ok = (state: HaState): EffectOutcome => ({ state, failure: null });
  const d = s.drbd;
  switch (effect) {
    case 'drbd.promote': {
      if (d === null || d.nodes[i].role === 'Primary') return ok(s);
      const out = promote(config.drbd!, d, i, false);
      if (!out.ok && out.reason === 'peer-is-primary' && config.drbd!.fencing === 'resource-and-stonith') {
        // The fence-peer handler finds the disconnected peer Primary and STONITHs it (exit 7,
        // PROTOCOLS.md §2.5); the promotion then proceeds.
        const shot = crashHost(config, s, peerOf(i));
        const again = promote(config.drbd!, shot.drbd!, i, false);
        return { state: { ...shot, drbd: again.state }, failure: again.ok ? null : again.reason };
      }
      return { state: { ...s, drbd: out.state }, failure: out.ok ? null : out.reason };
    }
    case 'drbd.demote': {
      if (d === null || d.nodes[i].role === 'Secondary') return ok(s);
      if (n.mounted) return { state: s, failure: 'held-open' };
      if (!demoteEnabled(d, i)) return { state: s, failure: 'busy' };
      return ok({ ...s, drbd: demote(d, i) });
    }
    case 'mount':
      if (n.mounted) return ok(s);
      if (d !== null && d.nodes[i].role !== 'Primary') return { state: s, failure: 'not-primary' };
      return ok(withNode(s, i, { ...n, mounted: true }));
    case 'umount':
      if (!n.mounted) return ok(s);
      if (n.nfs) return { state: s, failure: 'busy' };
      return ok(withNode(s, i, { ...n, mounted: false }));
    case 'nfs.start':
      return ok(withNode(s, i, { ...n, nfs: true }));
    case 'nfs.stop':
      return ok(withNode(s, i, { ...n, nfs: false }));
    case 'fence.peer': {
      const j = peerOf(i);
      const peerPrimary = d !== null && hostUp(s, j) && d.nodes[j].role === 'Primary';
      return ok(peerPrimary ? crashHost(config, s, j) : s);
    }
  }
}

/** Node `i` runs the next effect of its script; the script ends after its last effect or a failure. */
export function stepScript(config: HaStackConfig, s: HaState, i: Node): { readonly state: HaState; readonly failure: string | null } {
  const n = s.nodes[i];
  if (n.script === 'none') return { state: s, failure: null };
  const effects = config.notify[n.script];
  const out = runEffect(config, s, i, effects[n.pc]!);
  const after = out.state.nodes[i];
  if (!hostUp(out.state, i) || after.script !== n.script || after.pc !== n.pc) return out;
  const done = out.failure !== null || n.pc + 1 >= effects.length;
  return { state: withNode(out.state, i, done ? { ...after, script: 'none', pc: 0 } : { ...after, pc: n.pc + 1 }), failure: out.failure };
}
