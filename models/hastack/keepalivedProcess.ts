/**
 * keepalived on one node of the stack: start, stop, death, FAULT, tracker runs, and the
 * notify scripts its VRRP transitions launch (PROTOCOLS.md §1.2).
 *
 * - Start (boot, `systemctl start`, supervisor): the instance enters BACKUP and runs
 *   notify_backup — or FAULT, without notify, while a weight-0 tracker has not reported.
 * - `systemctl stop` (`vrrp_terminate_phase1`): trackers killed, a MASTER sends a priority-0
 *   advert and drops the VIP, then only notify_stop runs — never notify_backup/notify_fault.
 * - Death (SIGKILL, OOM): nothing at all is sent or run; a supervisor restarts keepalived.
 * - FAULT (any weight-0 tracker KO, or an unweighted tracked interface down): a MASTER sends a
 *   priority-0 advert, then notify_fault runs; leaving FAULT (no tracker holds it any more)
 *   goes to BACKUP (notify_backup).
 * - Priority: base + Σ adjustments of the weighted scripts and interface, clamped to 1..254
 *   (an owner keeps 255); the VRRP configuration with those priorities is used.
 * - Any VRRP step that moves a running instance into BACKUP or MASTER launches that notify.
 *
 * A notify script is a chain of effects; keepalived does not wait for it. A newer transition's
 * script replaces an unfinished one (in reality both would run side by side).
 */
import { holdsInFault, adjustmentOf, afterRun, interfaceAdjustment, interfaceHoldsInFault, TRACKER_IDLE, TRACKER_OFF } from '../keepalived/tracker.js';
import { effectivePriority, type NotifyScript, type TrackerParams } from '../keepalived/config.js';
import { vipAfter } from '../keepalived/vipAfter.js';
import { applyFault as applyVrrpFault } from '../vrrp/faults.js';
import { OFF, type VrrpState } from '../vrrp/state.js';
import { startInstance } from '../vrrp/timers.js';
import type { VrrpConfig } from '../vrrp/config.js';
import { vrrpFor, type HaStackConfig } from './config.js';
import { idleTrackers, type HaState, type NodeState, withNode } from './state.js';

type Node = 0 | 1;

/** Node `i`'s effective priority: base + Σ tracker adjustments, clamped (PROTOCOLS.md §1.2). */
export function priorityOf(config: HaStackConfig, node: NodeState, base: number): number {
  const scripts = config.trackers.reduce((sum, t, k) => sum + adjustmentOf(t, node.trks[k] ?? TRACKER_IDLE), 0);
  return effectivePriority(base, scripts + interfaceAdjustment(config.trackInterface, node.nic));
}

/** Whether a tracker holds node `i`'s instance in FAULT: a weight-0 script KO or not yet reported, or an unweighted tracked interface down. */
export function faultHeld(config: HaStackConfig, node: NodeState): boolean {
  return config.trackers.some((t, k) => holdsInFault(t, node.trks[k] ?? TRACKER_IDLE)) || interfaceHoldsInFault(config.trackInterface, node.nic);
}

/** The VRRP configuration matching the trackers' current priority adjustments. */
export function vrrpConfigOf(config: HaStackConfig, s: HaState): VrrpConfig {
  const base = config.vrrpWidest.routers;
  return vrrpFor(config, priorityOf(config, s.nodes[0], base[0]!.priority), priorityOf(config, s.nodes[1], base[1]!.priority));
}

/** Node `i` launches `script` (or nothing when the design declares no effect for it). */
export function launch(config: HaStackConfig, node: NodeState, script: NotifyScript): NodeState {
  return config.notify[script].length > 0 ? { ...node, script, pc: 0 } : { ...node, script: 'none', pc: 0 };
}

/**
 * Installs a new VRRP state, launching notify_master / notify_backup for every running
 * instance that entered MASTER or BACKUP. The VIP follows the instance (keepalived
 * vrrp_state_become_master adds it, leaving MASTER — BACKUP, FAULT, a graceful stop's
 * shutdown — deletes it); a kill never passes here, so the address stays.
 */
export function withVrrp(config: HaStackConfig, s: HaState, vrrp: VrrpState): HaState {
  let t: HaState = { ...s, vrrp };
  for (const i of [0, 1] as const) {
    const before = s.vrrp.routers[i]!.st;
    const after = vrrp.routers[i]!.st;
    const vip = vipAfter(before, after, t.nodes[i].vip);
    if (vip !== t.nodes[i].vip) t = withNode(t, i, { ...t.nodes[i], vip });
    if (t.nodes[i].kd !== 'running' || before === after) continue;
    if (after === 'MASTER') t = withNode(t, i, launch(config, t.nodes[i], 'master'));
    if (after === 'BACKUP') t = withNode(t, i, launch(config, t.nodes[i], 'backup'));
  }
  return t;
}

/** keepalived starts on node `i` (host up): BACKUP + notify_backup, or FAULT while a weight-0 tracker has not reported. */
export function startKeepalived(config: HaStackConfig, s: HaState, i: Node): HaState {
  // keepalived at start-up removes the addresses a killed predecessor left (issue 12 item 7),
  // and disables every track script it cannot find or access ("Disabling track script %s
  // since not found/accessible", vrrp.c check_track_script_secure).
  const idle = idleTrackers(config, s.nodes[i]);
  const trks = idle.trks.map((t, k) => (scriptMissing(config, s.nodes[i], i, k) ? TRACKER_OFF : t));
  const node: NodeState = { ...idle, trks, kd: 'running', svc: -1, vip: false };
  if (faultHeld(config, node)) return withNode(s, i, { ...node, kd: 'fault' });
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
  const node = launch(config, { ...idleTrackers(config, s.nodes[i]), kd: 'stopped', svc: -1 }, 'stop');
  return withVrrp(config, withNode(s, i, node), vrrp);
}

/** keepalived on node `i` dies: no advert, no script, the VIP stays configured; a supervisor will restart it. */
export function killKeepalived(config: HaStackConfig, s: HaState, i: Node): HaState {
  const routers = [...s.vrrp.routers];
  routers[i] = OFF;
  const node: NodeState = { ...idleTrackers(config, s.nodes[i]), kd: 'stopped', svc: config.restartTicks ?? -1, script: 'none', pc: 0 };
  return withNode({ ...s, vrrp: { ...s.vrrp, routers } }, i, node);
}

/** Node `i`'s tracker `k` runs once; a weight-0 tracker may move the instance into or out of FAULT. */
export function runTracker(config: HaStackConfig, s: HaState, i: Node, k: number, success: boolean): HaState {
  const node = s.nodes[i];
  const trks = [...node.trks];
  trks[k] = afterRun(config.trackers[k]!, node.trks[k]!, success, config.trackerTicksList[k]!);
  return settleFault(config, s, i, { ...node, trks });
}

/** Node `i`'s service NIC goes down or comes back: an unweighted `track_interface` moves the instance into or out of FAULT, a weighted one its priority. */
export function setNic(config: HaStackConfig, s: HaState, i: Node, up: boolean): HaState {
  return settleFault(config, s, i, { ...s.nodes[i], nic: up });
}

/** Installs node `i`'s new tracker inputs, entering FAULT (priority-0 advert if MASTER, notify_fault) or leaving it (BACKUP, notify_backup) as they now say. */
function settleFault(config: HaStackConfig, s: HaState, i: Node, after: NodeState): HaState {
  const was = s.nodes[i].kd;
  const t = withNode(s, i, after);
  const held = faultHeld(config, after);
  if (was === 'running' && held) {
    const vrrp = leaveProtocol(config, t, i);
    return withVrrp(config, withNode(t, i, launch(config, { ...after, kd: 'fault' }, 'fault')), vrrp);
  }
  if (was === 'fault' && !held) {
    const u = withNode(t, i, { ...after, kd: 'running' });
    return withVrrp(config, u, startInstance(vrrpConfigOf(config, u), u.vrrp, i));
  }
  return t;
}

/** Whether tracker `k` is a script keepalived cannot find on node `i` (missing there by design, or the `script` fault). */
function scriptMissing(config: HaStackConfig, node: NodeState, i: Node, k: number): boolean {
  const t = config.trackers[k]!;
  return !t.process && (!node.exec || (t.missingOn ?? []).includes(config.names[i]));
}

/** Whether every run of script `t` outlasts keepalived's `timeout` (default: the interval): a `vrrp_track_process` runs nothing. */
export function timesOut(t: TrackerParams): boolean {
  return !t.process && (t.runtime ?? 0) > (t.timeout ?? t.interval);
}

/**
 * What node `i`'s tracker `k` would report now: its service answers (a master-only script also
 * succeeds on a node without the VIP). A script that cannot be executed any more reports
 * success: keepalived's child exits 0 when `execve` fails (lib/notify.c system_call).
 */
export function trackerSucceeds(config: HaStackConfig, s: HaState, i: Node, k: number): boolean {
  const node = s.nodes[i];
  const t = config.trackers[k]!;
  if (!t.process && !node.exec) return true;
  if (t.masterOnly && s.vrrp.routers[i]!.st !== 'MASTER') return true;
  // keepalived kills a run still going at `timeout` (default the interval) and counts a failure.
  if (timesOut(t)) return false;
  return t.check === 'nfs' ? node.nfs : node.dns;
}
