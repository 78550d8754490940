/**
 * The HA stack: two nodes running keepalived VRRP with trackers and notify scripts, composed
 * with a DRBD resource and an NFS server — or, without DRBD, a DNS daemon — at protocol level.
 *
 * What is modelled
 * - The VRRP instance is the VRRP model's (models/vrrp: its timers, adverts and elections run
 *   unchanged). keepalived around it (keepalivedProcess.ts, models/keepalived): start, stop
 *   with its priority-0 advert and notify_stop only, death without anything, FAULT held by a
 *   weight-0 `vrrp_script` or an unweighted `track_interface` on the service NIC, priority
 *   adjusted by weighted ones (base + Σ, clamped to 1..254; the VRRP configuration is swapped
 *   for the one with the adjusted priorities), a supervisor restarting a dead daemon.
 * - Notify scripts are the design's declared effects (effects.ts), one step each, run before
 *   time passes (a script takes milliseconds, a tick is a quarter advert interval); a failing
 *   effect ends its script; `umount` and `drbd.demote` wait for in-flight writes. DRBD's own
 *   promotion rules decide `drbd.promote`.
 * - The DRBD resource is the DRBD model's (models/drbd): replication steps and connects run
 *   as in it; promotion and demotion happen only through the scripts; both nodes boot
 *   Secondary and wait for keepalived.
 * - NFS: a node serves when its NFS server runs on the mounted file system of its DRBD
 *   Primary. One client mounts through the VIP; its mount is known to the server's local
 *   /var/lib/nfs, or to the replicated volume, or needs no record (nfsd filesystem).
 * - DNS (no DRBD): a node serves while its DNS daemon runs; the tracker is a `dig` at itself.
 * - The VIP is state of its own (state.ts `vip`): added on MASTER, removed on leaving MASTER,
 *   FAULT and a graceful stop, kept by a killed keepalived until it starts again (keepalived
 *   2.2.7 under SIGKILL, issue 12 item 7), cleared by a crash. A host with the address
 *   answers ARP for it, so two hosts can hold it while only one is MASTER.
 * - Faults (`faults.kinds`, faults.ts): host crash/restart, keepalived stop/start and kill,
 *   daemon stop/start, DRBD link cut/reconnect, VRRP LAN partition/heal, service NIC down/up,
 *   check scripts lost/back (`script`, issue 12).
 * - Check scripts that cannot execute (models/keepalived/config.ts): a run whose exec fails
 *   is a success (keepalived 2.2.7 lib/notify.c `system_call` exits 0 after "Error exec-ing
 *   command", and after a shell's 126/127); a script keepalived cannot find when it starts is
 *   disabled on that node (tracker `off`; vrrp.c `check_track_script_secure`; `missing_on`).
 *   A `vrrp_track_process` runs nothing and is checked every tick (process events).
 * - A check script slower than keepalived's `timeout` (default the interval; keepalived.conf(5))
 *   is killed and counts as a failure (`runtime` > `timeout`: `timesOut`, decision 0040).
 *
 * Sources: PROTOCOLS.md §1.2 (keepalived trackers, FAULT, notify, stop), §2.3 and §2.5 (DRBD
 * promotion and fencing), SCENARIOS.md S2–S4 and D2, issue 5 item 4 (NFS client state).
 *
 * Abstracted away (docs/decisions/0014-ha-stack-composition.md): script durations and
 * concurrent scripts (a new transition's script replaces an unfinished one); tracker scripts
 * answer at once (a `dig` timeout shorter than the interval only delays by less than a run; a
 * declared `runtime` only decides whether a run times out);
 * NFS grace periods, locks and client retries (a refused client stays refused); the GARP and
 * the client's ARP cache (a host holding the VIP is taken to answer for it; which of two holders
 * the client reaches is left open: `single-vip-holder` reports the conflict); writes beyond the design's 1–2.
 *
 * Expected verdicts: models/designs/s2-*, s3-*, s4-*, d2-*, keepalived-script-exec,
 * keepalived-script-missing and keepalived-script-timeout (each file's header).
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model } from '../../src/core/model.js';
import type { DrbdStep } from '../drbd/actions.js';
import { createDrbdModel, initialState as drbdInitial } from '../drbd/model.js';
import { demote } from '../drbd/promote.js';
import { fullyConnected, OFF } from '../vrrp/state.js';
import { advertTimerDue, becomeMaster, downTimerEnabled, sendAdvert, tick as vrrpTick, tickEnabled as vrrpTickEnabled } from '../vrrp/timers.js';
import { formatHaAction, type HaAction, type HaStep } from './actions.js';
import { resolveHaStackConfig, type HaStackConfig, type HaStackParams } from './config.js';
import { TICKS_PER_ADVERT } from '../vrrp/config.js';
import { runEffect, stepScript } from './effects.js';
import { applyFault, enabledFaults } from './faults.js';
import { startKeepalived, runTracker, trackerSucceeds, vrrpConfigOf, withVrrp } from './keepalivedProcess.js';
import { haLayout, hostUp, idleTrackers, NODE_AT_BOOT, serves, vipHolders, withNode, type HaState } from './state.js';
import { haView } from './view.js';

/** The stack model plus its configuration. */
export type HaStackModel = Model<HaState, HaAction> & { readonly config: HaStackConfig };

const NODES = [0, 1] as const;

/** Builds the model. */
export function createHaStackModel(params: HaStackParams | HaStackConfig): HaStackModel {
  const config = 'vrrpWidest' in params ? params : resolveHaStackConfig(params);
  const drbdSteps = config.drbd ? createDrbdModel(config.drbd) : null;
  return {
    name: 'hastack',
    config,
    secondsPerTimeUnit: config.vrrpWidest.gcdCs / 100 / TICKS_PER_ADVERT,
    codec: codecOf(haLayout(config)),
    initialStates: () => [initialState(config)],
    actions(s) {
      const out: HaStep[] = [];
      const vc = vrrpConfigOf(config, s);
      for (const router of NODES) if (downTimerEnabled(vc, s.vrrp, router)) out.push({ type: 'vrrp', step: { type: 'downTimer', router } });
      for (const router of NODES) if (advertTimerDue(s.vrrp, router)) out.push({ type: 'vrrp', step: { type: 'advert', router } });
      for (const node of NODES) {
        const n = s.nodes[node];
        if (n.script !== 'none') {
          const effect = config.notify[n.script][n.pc]!;
          if (!waitsForIo(s, node, effect)) out.push({ type: 'notify', node, script: n.script, effect, failure: runEffect(config, s, node, effect).failure });
          if (n.script === 'stop') out.push({ type: 'notifyStopLost', node });
        }
      }
      for (const node of NODES) {
        config.trackers.forEach((_, tracker) => {
          if (trackerDue(s, node, tracker)) out.push({ type: 'track', node, tracker, success: trackerSucceeds(config, s, node, tracker) });
        });
      }
      for (const node of NODES) if (hostUp(s, node) && s.nodes[node].svc === 0) out.push({ type: 'supervise', node });
      if (drbdSteps && s.drbd) {
        for (const step of drbdSteps.actions(s.drbd) as DrbdStep[]) if (step.type !== 'promote' && step.type !== 'demote') out.push({ type: 'drbd', step });
      }
      if (config.nfsClients !== null && !s.client) {
        for (const node of vipHolders(s)) if (serves(config, s, node)) out.push({ type: 'clientMount', node });
      }
      if (tickEnabled(config, s)) out.push({ type: 'tick' });
      return out;
    },
    faults: (s) => enabledFaults(config, s),
    next(s, a) {
      if (isFault(a)) return { ...applyFault(config, s, a), failback: false };
      const after = step(config, drbdSteps, s, a);
      // A supervisor restart is the delayed effect of a kill (a fault): keepalived starting
      // again removes the VIP the killed process left, which is no failback.
      return { ...after, failback: a.type !== 'supervise' && movedServingHolder(config, s, after) };
    },
    view: (s) => haView(config, s),
    formatAction: (a) => formatHaAction(config, a),
    duration: (a) => (a.type === 'tick' ? 1 : 0),
  };
}

function isFault(a: HaAction): a is Exclude<HaAction, HaStep> {
  return !['vrrp', 'notify', 'track', 'supervise', 'notifyStopLost', 'drbd', 'clientMount', 'tick'].includes(a.type);
}

/** Both hosts boot together: DRBD connected, both Secondary; keepalived starts on each, in order. */
export function initialState(config: HaStackConfig): HaState {
  const drbd0 = config.drbd ? drbdInitial(config.drbd) : null;
  const drbd = drbd0 && config.drbd ? demote(drbd0, config.drbd.primary) : null;
  let s: HaState = {
    vrrp: { routers: [OFF, OFF], lan: 'connected', lossy: [false, false, false, false], grace: 0, failback: false, hosts: [], calm: 0 },
    drbd,
    nodes: [idleTrackers(config, NODE_AT_BOOT), idleTrackers(config, NODE_AT_BOOT)],
    client: false,
    onVolume: false,
    failback: false,
  };
  for (const i of NODES) s = startKeepalived(config, s, i);
  return s;
}

/**
 * `umount` and `drbdadm secondary` wait while the node's writes are still in flight (umount
 * flushes them first); DRBD's replication steps let them drain while the script waits.
 */
function waitsForIo(s: HaState, i: 0 | 1, effect: string): boolean {
  return (effect === 'umount' || effect === 'drbd.demote') && s.drbd !== null && s.drbd.nodes[i].pending !== 0;
}

function trackerDue(s: HaState, i: 0 | 1, k: number): boolean {
  const t = s.nodes[i].trks[k];
  return hostUp(s, i) && s.nodes[i].kd !== 'stopped' && t?.next === 0 && t.trk !== 'off';
}

/** Time passes only when no VRRP timer, script, tracker run or supervisor restart is due. */
function tickEnabled(config: HaStackConfig, s: HaState): boolean {
  if (!vrrpTickEnabled(s.vrrp)) return false;
  return NODES.every((i) => s.nodes[i].script === 'none' && !config.trackers.some((_, k) => trackerDue(s, i, k)) && !(hostUp(s, i) && s.nodes[i].svc === 0));
}

function step(config: HaStackConfig, drbdSteps: ReturnType<typeof createDrbdModel> | null, s: HaState, a: HaStep): HaState {
  switch (a.type) {
    case 'vrrp': {
      const vc = vrrpConfigOf(config, s);
      const r = a.step.router;
      return withVrrp(config, s, a.step.type === 'downTimer' ? becomeMaster(vc, s.vrrp, r) : sendAdvert(vc, s.vrrp, r));
    }
    case 'notify':
      return stepScript(config, s, a.node).state;
    case 'notifyStopLost':
      return withNode(s, a.node, { ...s.nodes[a.node], script: 'none', pc: 0 });
    case 'track':
      return runTracker(config, s, a.node, a.tracker, a.success);
    case 'supervise':
      return startKeepalived(config, s, a.node);
    case 'drbd':
      return { ...s, drbd: drbdSteps!.next(s.drbd!, a.step) };
    case 'clientMount':
      return mountClient(config, s, a.node);
    case 'tick':
      return tick(s);
  }
}

function mountClient(config: HaStackConfig, s: HaState, i: 0 | 1): HaState {
  const t = { ...s, client: true, onVolume: s.onVolume || config.nfsClients === 'replicated' };
  return config.nfsClients === 'local' ? withNode(t, i, { ...t.nodes[i], knows: true }) : t;
}

function tick(s: HaState): HaState {
  let t: HaState = { ...s, vrrp: vrrpTick(s.vrrp) };
  for (const i of NODES) {
    const n = t.nodes[i];
    if (!hostUp(t, i)) continue;
    const trks = n.kd !== 'stopped' ? n.trks.map((k) => ({ ...k, next: Math.max(0, k.next - 1) })) : n.trks;
    t = withNode(t, i, { ...n, trks, svc: n.svc > 0 ? n.svc - 1 : n.svc });
  }
  return t;
}

/** A sole VIP holder that was serving lost the VIP in a step that is not a fault (on a fully connected LAN). */
function movedServingHolder(config: HaStackConfig, before: HaState, after: HaState): boolean {
  if (!fullyConnected(before.vrrp)) return false;
  const holders = vipHolders(before);
  if (holders.length !== 1) return false;
  const m = holders[0]!;
  return serves(config, before, m) && !vipHolders(after).includes(m);
}
