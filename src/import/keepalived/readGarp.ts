/**
 * keepalived's gratuitous ARP and virtual MAC settings (keepalived.conf(5); decision 0041): per
 * instance `garp_master_delay`, `garp_master_repeat`, `garp_master_refresh`,
 * `garp_lower_prio_repeat`, `higher_prio_send_advert`, `use_vmac`, `vmac_xmit_base`,
 * `strict_mode`, and their global_defs defaults `vrrp_garp_*`, `vrrp_higher_prio_send_advert`,
 * `vrrp_strict`, `vrrp_min_garp`.
 */
import type { ConfStatement } from '../conf/confStatement.js';
import { intArg } from '../conf/statementArgs.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';

/** The GARP settings one block writes (every key optional: unset falls back to global_defs, then keepalived's default). */
export interface GarpConf {
  readonly masterDelay?: Located<number>;
  readonly masterRepeat?: Located<number>;
  readonly masterRefresh?: Located<number>;
  readonly lowerPrioRepeat?: Located<number>;
  readonly higherPrioSendAdvert?: Located<boolean>;
  /** `strict_mode` / `vrrp_strict`: forces garp_lower_prio_repeat 0 and higher_prio_send_advert off (`vrrp.c`). */
  readonly strict?: Located<boolean>;
  /** `vrrp_min_garp` (global only): one GARP, no second burst, no refresh, unless set otherwise. */
  readonly minGarp?: Located<boolean>;
  readonly useVmac?: Located<true>;
  readonly vmacXmitBase?: Located<true>;
}

/** Instance keywords read here. */
export const INSTANCE_GARP_KEYWORDS = ['garp_master_delay', 'garp_master_repeat', 'garp_master_refresh', 'garp_lower_prio_repeat', 'higher_prio_send_advert', 'use_vmac', 'vmac_xmit_base', 'strict_mode'];

/** global_defs keywords read here. */
export const GLOBAL_GARP_KEYWORDS = ['vrrp_garp_master_delay', 'vrrp_garp_master_repeat', 'vrrp_garp_master_refresh', 'vrrp_garp_lower_prio_repeat', 'vrrp_higher_prio_send_advert', 'vrrp_strict', 'vrrp_min_garp'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads `d` into `out` when it is a GARP keyword (`vrrp_`-prefixed in global_defs); false when
 * it is none. Ranges as keepalived's handlers check them (`vrrp_parser.c`, `global_parser.c`).
 */
export function readGarpKeyword(d: ConfStatement, out: Mutable<GarpConf>, log: ImportLog, global: boolean): boolean {
  const key = global ? (d.keyword.startsWith('vrrp_') ? d.keyword.slice('vrrp_'.length) : '') : d.keyword;
  const set = <K extends keyof GarpConf>(k: K, v: GarpConf[K] | undefined): true => {
    if (v !== undefined) out[k] = v;
    return true;
  };
  switch (key) {
    case 'garp_master_delay':
      return set('masterDelay', intArg(d, log, 0, 120));
    case 'garp_master_repeat':
      return set('masterRepeat', intArg(d, log, 1, 1000));
    case 'garp_master_refresh':
      return set('masterRefresh', intArg(d, log, 0, 120));
    case 'garp_lower_prio_repeat':
      return set('lowerPrioRepeat', intArg(d, log, 0, 1000));
    case 'higher_prio_send_advert':
      return set('higherPrioSendAdvert', boolArg(d, log));
    case 'strict':
    case 'strict_mode':
      return key === (global ? 'strict' : 'strict_mode') && set('strict', boolArg(d, log));
    case 'min_garp':
      return global && set('minGarp', boolArg(d, log));
    case 'use_vmac':
      return !global && set('useVmac', { value: true, at: d.at });
    case 'vmac_xmit_base':
      return !global && set('vmacXmitBase', { value: true, at: d.at });
    default:
      return false;
  }
}

/** keepalived's optional boolean (`check_true_false`): none = true; true/on/yes/1, false/off/no/0. */
function boolArg(d: ConfStatement, log: ImportLog): Located<boolean> | undefined {
  const arg = d.args[0];
  if (!arg) return { value: true, at: d.at };
  const v = arg.value.toLowerCase();
  if (['true', 'on', 'yes', '1'].includes(v)) return { value: true, at: arg.at };
  if (['false', 'off', 'no', '0'].includes(v)) return { value: false, at: arg.at };
  log.error(arg.at, 'FL405', `${d.keyword} takes true or false, got "${arg.value}"`, `write: ${d.keyword}`);
  return undefined;
}

/** Every setting `g` writes, with its location (to warn where a design kind does not use them). */
export function garpSettings(g: GarpConf): Located<unknown>[] {
  return Object.values(g).filter((v): v is Located<unknown> => v !== undefined);
}
