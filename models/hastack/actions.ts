/**
 * Actions of the HA stack: VRRP timers, notify-script effects, tracker runs, supervisor
 * restarts, DRBD replication steps, the NFS client mounting, time passing (from `actions(s)`),
 * and faults with their repairs (from `faults(s)`).
 */
import { formatDrbdAction, type DrbdStep } from '../drbd/actions.js';
import type { NotifyEffect, NotifyScript } from '../keepalived/config.js';
import { formatVrrpAction, type VrrpStep } from '../vrrp/actions.js';
import type { HaStackConfig } from './config.js';

type Node = 0 | 1;

/** Protocol steps and script effects. An effect's outcome is decided when it is enumerated, so the label tells it. */
export type HaStep =
  | { readonly type: 'vrrp'; readonly step: Exclude<VrrpStep, { type: 'tick' }> }
  | { readonly type: 'notify'; readonly node: Node; readonly script: NotifyScript; readonly effect: NotifyEffect; readonly failure: string | null }
  /** Tracker `tracker` (index into config.trackers) runs on `node`. */
  | { readonly type: 'track'; readonly node: Node; readonly tracker: number; readonly success: boolean }
  | { readonly type: 'supervise'; readonly node: Node }
  /** The best-effort notify_stop script did not run to its end (PROTOCOLS.md §1.2, keepalived issues 185, 2239). */
  | { readonly type: 'notifyStopLost'; readonly node: Node }
  | { readonly type: 'drbd'; readonly step: DrbdStep }
  | { readonly type: 'clientMount'; readonly node: Node }
  | { readonly type: 'tick' };

/** Faults and repairs. */
export type HaFault =
  | { readonly type: 'crash' | 'restart' | 'stop' | 'start' | 'kill' | 'daemonStop' | 'daemonStart' | 'nicDown' | 'nicUp' | 'scriptLost' | 'scriptBack'; readonly node: Node }
  | { readonly type: 'cut' | 'reconnect' | 'partition' | 'heal' };

/** Any action of the stack. */
export type HaAction = HaStep | HaFault;

/** Labels: `downTimer(beta)`, `notify_master(beta): drbd.promote fails (two-primaries)`, `chk_dns(alpha): fail`, `stop(alpha)`, `dnsStop(alpha)`, `eth1Down(alpha)`. */
export function formatHaAction(config: HaStackConfig, a: HaAction): string {
  const name = (i: Node): string => config.names[i];
  switch (a.type) {
    case 'vrrp':
      return formatVrrpAction(config.vrrpWidest, a.step);
    case 'drbd':
      return formatDrbdAction(config.drbd!, a.step);
    case 'notify':
      return `notify_${a.script}(${name(a.node)}): ${a.effect}${a.failure === null ? '' : ` fails (${a.failure})`}`;
    case 'track':
      return `${config.trackers[a.tracker]?.name ?? 'vrrp_script'}(${name(a.node)}): ${a.success ? 'ok' : 'fail'}`;
    case 'nicDown':
    case 'nicUp':
      return `${config.trackInterface?.name ?? 'nic'}${a.type === 'nicDown' ? 'Down' : 'Up'}(${name(a.node)})`;
    case 'tick':
    case 'cut':
    case 'reconnect':
    case 'partition':
    case 'heal':
      return a.type;
    case 'daemonStop':
    case 'daemonStart':
      return `${config.service}${a.type === 'daemonStop' ? 'Stop' : 'Start'}(${name(a.node)})`;
    default:
      return `${a.type}(${name(a.node)})`;
  }
}
