/**
 * Actions of the VRRP model: protocol steps and timers (from `actions(s)`) and faults with
 * their repairs (from `faults(s)`, each counted against the fault budget).
 */
import type { VrrpConfig } from './config.js';

/** Protocol steps: a timer firing, or time passing. */
export type VrrpStep =
  /** Master_Down_Timer fires in BACKUP → MASTER (RFC 5798 §6.4.2). */
  | { readonly type: 'downTimer'; readonly router: number }
  /** Adver_Timer fires in MASTER → send an advert (RFC 5798 §6.4.3). */
  | { readonly type: 'advert'; readonly router: number }
  /** keepalived's `vrrp_startup_delay` ran out: the instance starts (PROTOCOLS.md §1.2). */
  | { readonly type: 'startup'; readonly router: number }
  /** A MASTER's timed GARP burst: `garp_master_delay`'s second burst or a `garp_master_refresh` (arp.ts). */
  | { readonly type: 'garp'; readonly router: number }
  /** A supervisor starts keepalived again after a kill (decision 0040). */
  | { readonly type: 'respawn'; readonly router: number }
  /** One time unit passes for everyone. */
  | { readonly type: 'tick' };

/** Faults and repairs. */
export type VrrpFault =
  | { readonly type: 'crash'; readonly router: number }
  | { readonly type: 'restart'; readonly router: number }
  | { readonly type: 'stop'; readonly router: number }
  | { readonly type: 'start'; readonly router: number }
  /** A cable pull on the router's only LAN NIC (carrier lost) / the cable plugged back. */
  | { readonly type: 'nicDown'; readonly router: number }
  | { readonly type: 'nicUp'; readonly router: number }
  /** keepalived dies (SIGKILL, the OOM killer): no advert, no notify, the VIP stays configured. */
  | { readonly type: 'kill'; readonly router: number }
  | { readonly type: 'partition' }
  | { readonly type: 'heal' }
  | { readonly type: 'lose'; readonly from: number; readonly to: number }
  | { readonly type: 'repair'; readonly from: number; readonly to: number };

/** Any action of the model. */
export type VrrpAction = VrrpStep | VrrpFault;

/** Whether an action is a fault or repair. */
export function isFault(action: VrrpAction): action is VrrpFault {
  return action.type !== 'downTimer' && action.type !== 'advert' && action.type !== 'startup' && action.type !== 'garp' && action.type !== 'respawn' && action.type !== 'tick';
}

/** `crash(r1)`, `advert(r2)`, `tick`, `partition`, `lose(r1,r2)`. */
export function formatVrrpAction(config: VrrpConfig, action: VrrpAction): string {
  const name = (i: number): string => config.routers[i]?.name ?? `#${i}`;
  switch (action.type) {
    case 'tick':
    case 'partition':
    case 'heal':
      return action.type;
    case 'lose':
    case 'repair': {
      // Under the `filter` kind alone a lost direction is a multicast filter (models/vrrp/faults.ts).
      const verb = config.faultKinds.has('loss') || !config.faultKinds.has('filter') ? action.type : action.type === 'lose' ? 'filter' : 'unfilter';
      return `${verb}(${name(action.from)},${name(action.to)})`;
    }
    default:
      return `${action.type}(${name(action.router)})`;
  }
}
