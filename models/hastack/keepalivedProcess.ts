/**
 * keepalived on one node of the stack: start, stop, death, FAULT, tracker runs, and the
 * notify scripts its VRRP transitions launch (PROTOCOLS.md §1.2).
 *
 * - Start (boot, `systemctl start`, supervisor): the instance enters BACKUP and runs
 *   notify_backup — or FAULT, without notify, while a weight-0 tracker has not reported.
 * - `systemctl stop` (`vrrp_terminate_phase1`): trackers killed, a MASTER sends a priority-0
 *   advert and drops the VIP, then only notify_stop runs — never notify_backup/notify_fault.
 * - Death (SIGKILL, OOM): nothing at all is sent or run; a supervisor restarts keepalived.
 * - FAULT (weight-0 tracker KO): a MASTER sends a priority-0 advert, then notify_fault runs;
 *   leaving FAULT goes to BACKUP (notify_backup).
 * - Any VRRP step that moves a running instance into BACKUP or MASTER launches that notify.
 *
 * A notify script is a chain of effects; keepalived does not wait for it. A newer transition's
 * script replaces an unfinished one (in reality both would run side by side).
 */
import { holdsInFault, adjustmentOf, afterRun } from '../keepalived/tracker.js';
import type { NotifyScript } from '../keepalived/config.js';
import { applyFault as applyVrrpFault } from '../vrrp/faults.js';
import { OFF, type VrrpState } from '../vrrp/state.js';
import { startInstance } from '../vrrp/timers.js';
import type { VrrpConfig } from '../vrrp/config.js';
import type { HaStackConfig } from './config.js';
import { type HaState, type NodeState, withNode } from './state.js';

type Node = 0 | 1;

/** The VRRP configuration matching the trackers' current priority adjustments. */
export function vrrpConfigOf(config: HaStackConfig, s: HaState): VrrpConfig {
  const adj = (i: Node): number => (adjustmentOf(config.tracker, s.nodes[i]) !== 0 ? 1 : 0);
  return config.vrrpByAdjustment[adj(0) + 2 * adj(1)]!;
}

/** Node `i` launches `script` (or nothing when the design declares no effect for it). */
export function launch(config: HaStackConfig, node: NodeState, script: NotifyScript): NodeState {
  return config.notify[script].length > 0 ? { ...node, script, pc: 0 } : { ...node, script: 'none', pc: 0 };
}

/** Installs a new VRRP state, launching notify_master / notify_backup for every running instance that entered MASTER or BACKUP. */
export function withVrrp(config: HaStackConfig, s: HaState, vrrp: VrrpState): HaState {
  let t: HaState = { ...s, vrrp };
  for (const i of [0, 1] as const) {
    const before = s.vrrp.routers[i]!.st;
    const after = vrrp.routers[i]!.st;
    if (t.nodes[i].kd !== 'running' || before === after) continue;
    if (after === 'MASTER') t = withNode(t, i, launch(config, t.nodes[i], 'master'));
    if (after === 'BACKUP') t = withNode(t, i, launch(config, t.nodes[i], 'backup'));
  }
  return t;
}

/** keepalived starts on node `i` (host up): BACKUP + notify_backup, or FAULT while a weight-0 tracker has not reported. */
export function startKeepalived(config: HaStackConfig, s: HaState, i: Node): HaState {
  const node: NodeState = { ...s.nodes[i], kd: 'running', trk: 'init', streak: 0, next: 0, svc: -1 };
  if (holdsInFault(config.tracker, node)) return withNode(s, i, { ...node, kd: 'fault' });
  const t = withNode(s, i, node);
  return withVrrp(config, t, startInstance(vrrpConfigOf(config, t), t.vrrp, i));
}

/** Node `i`'s instance leaves the protocol; a MASTER first sends a priority-0 advert (stop and FAULT alike). */
function leaveProtocol(config: HaStackConfig, s: HaState, i: Node): VrrpState {
  const vrrp = applyVrrpFault(vrrpConfigOf(config, s), s.vrrp, { type: 'stop', router: i });
  return { ...vrrp, failback: false };
}

/** `systemctl stop keepalived` on node `i`: priority-0 advert, then notify_stop only. */
export function stopKeepalived(config: HaStackConfig, s: HaState, i: Node): HaState {
  const vrrp = leaveProtocol(config, s, i);
  const node = launch(config, { ...s.nodes[i], kd: 'stopped', trk: 'init', streak: 0, next: 0, svc: -1 }, 'stop');
  return withVrrp(config, withNode(s, i, node), vrrp);
}

/** keepalived on node `i` dies: no advert, no script; a supervisor will restart it. */
export function killKeepalived(config: HaStackConfig, s: HaState, i: Node): HaState {
  const routers = [...s.vrrp.routers];
  routers[i] = OFF;
  const node: NodeState = { ...s.nodes[i], kd: 'stopped', trk: 'init', streak: 0, next: 0, svc: config.restartTicks ?? -1, script: 'none', pc: 0 };
  return withNode({ ...s, vrrp: { ...s.vrrp, routers } }, i, node);
}

/** Node `i`'s tracker runs once; a weight-0 tracker moves the instance into or out of FAULT. */
export function runTracker(config: HaStackConfig, s: HaState, i: Node, success: boolean): HaState {
  const tracker = config.tracker!;
  const node = s.nodes[i];
  const after = { ...node, ...afterRun(tracker, node, success, config.trackerTicks) };
  const t = withNode(s, i, after);
  const held = holdsInFault(tracker, after);
  if (node.kd === 'running' && held) {
    const vrrp = leaveProtocol(config, t, i);
    return withVrrp(config, withNode(t, i, launch(config, { ...after, kd: 'fault' }, 'fault')), vrrp);
  }
  if (node.kd === 'fault' && !held) {
    const u = withNode(t, i, { ...after, kd: 'running' });
    return withVrrp(config, u, startInstance(vrrpConfigOf(config, u), u.vrrp, i));
  }
  return t;
}

/** What node `i`'s tracker would report now: its service answers. */
export function trackerSucceeds(config: HaStackConfig, s: HaState, i: Node): boolean {
  const node = s.nodes[i];
  return config.tracker?.check === 'nfs' ? node.nfs : node.dns;
}
