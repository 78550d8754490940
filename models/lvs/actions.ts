/** Actions of the LVS model: checker steps, VIP takeover, time; faults with their repairs. */
import type { LvsConfig } from './config.js';

/** Protocol steps and time. */
export type LvsStep =
  /** A director's MISC_CHECK of a real server starts (dig runs). */
  | { readonly type: 'checkStart'; readonly director: number; readonly server: number }
  /** A check against a silent host ends: dig gave up or misc_timeout killed it (a failure). */
  | { readonly type: 'checkEnd'; readonly director: number; readonly server: number }
  /** A director's VRRP Master_Down_Timer fires: it takes the VIP. */
  | { readonly type: 'takeover'; readonly director: number }
  | { readonly type: 'tick' };

/** Faults and repairs. */
export type LvsFault =
  | { readonly type: 'hostDown' | 'hostUp' | 'daemonStop' | 'daemonStart'; readonly server: number }
  | { readonly type: 'directorCrash' | 'directorRestart'; readonly director: number };

/** Any action. */
export type LvsAction = LvsStep | LvsFault;

const STEPS: ReadonlySet<string> = new Set(['checkStart', 'checkEnd', 'takeover', 'tick']);

/** Whether an action is a fault or repair. */
export function isLvsFault(a: LvsAction): a is LvsFault {
  return !STEPS.has(a.type);
}

/** `checkStart(lvs1,dns2)`, `hostDown(dns1)`, `directorCrash(lvs1)`, `tick`. */
export function formatLvsAction(config: LvsConfig, a: LvsAction): string {
  const d = (i: number) => config.directors[i]?.name ?? `#${i}`;
  const r = (i: number) => config.realServers[i] ?? `#${i}`;
  switch (a.type) {
    case 'tick':
      return 'tick';
    case 'checkStart':
    case 'checkEnd':
      return `${a.type}(${d(a.director)},${r(a.server)})`;
    case 'takeover':
    case 'directorCrash':
    case 'directorRestart':
      return `${a.type}(${d(a.director)})`;
    default:
      return `${a.type}(${r(a.server)})`;
  }
}
