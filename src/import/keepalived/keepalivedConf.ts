/**
 * keepalived.conf as faultline reads it: the VRRP scripts, instances and sync groups, the
 * virtual servers and their real servers, every value with its file:line:column.
 * Names and meanings follow keepalived.conf(5).
 */
import type { GarpConf } from './readGarp.js';
import type { SourceLocation } from '../../core/errors.js';
import type { Located } from '../located.js';

/** The notify hooks of an instance or sync group. */
export type NotifyHook = 'master' | 'backup' | 'fault' | 'stop' | 'notify';

/** `vrrp_script NAME { script ...; interval; fall; rise; weight }`. */
export interface VrrpScriptConf {
  readonly name: Located<string>;
  readonly script?: Located<string>;
  readonly interval?: Located<number>;
  readonly timeout?: Located<number>;
  readonly fall?: Located<number>;
  readonly rise?: Located<number>;
  readonly weight?: Located<number>;
}

/** A tracked script or interface with its optional weight override. */
export interface TrackRef {
  readonly name: Located<string>;
  readonly weight?: Located<number>;
}

/** `vrrp_instance NAME { ... }`. */
export interface VrrpInstanceConf {
  readonly name: Located<string>;
  readonly state?: Located<'MASTER' | 'BACKUP'>;
  readonly interface?: Located<string>;
  readonly vrid?: Located<number>;
  readonly priority?: Located<number>;
  readonly advertInt?: Located<number>;
  readonly version?: Located<2 | 3>;
  readonly nopreempt?: Located<true>;
  readonly preemptDelay?: Located<number>;
  readonly authType?: Located<string>;
  readonly vips: readonly Located<string>[];
  readonly unicastPeers: readonly Located<string>[];
  readonly trackScripts: readonly TrackRef[];
  readonly trackInterfaces: readonly TrackRef[];
  readonly notify: Readonly<Partial<Record<NotifyHook, Located<string>>>>;
  /** Gratuitous ARP and virtual MAC settings of the instance (readGarp.ts). */
  readonly garp: GarpConf;
}

/** `vrrp_sync_group NAME { group { ... } notify_* }`. */
export interface SyncGroupConf {
  readonly name: Located<string>;
  readonly members: readonly Located<string>[];
  readonly notify: Readonly<Partial<Record<NotifyHook, Located<string>>>>;
}

/** A health checker of a real server (`MISC_CHECK`, `TCP_CHECK`, ...). */
export interface CheckerConf {
  readonly kind: Located<string>;
  readonly miscPath?: Located<string>;
  readonly miscTimeout?: Located<number>;
  readonly retry?: Located<number>;
  readonly delayBeforeRetry?: Located<number>;
  readonly connectTimeout?: Located<number>;
}

/** `real_server ADDRESS PORT { weight; checkers }`. */
export interface RealServerConf {
  readonly at: SourceLocation;
  readonly address: Located<string>;
  readonly port?: Located<number>;
  readonly weight?: Located<number>;
  readonly checkers: readonly CheckerConf[];
}

/** `virtual_server ADDRESS PORT { ... }` or `virtual_server group NAME { ... }`. */
export interface VirtualServerConf {
  readonly at: SourceLocation;
  readonly address?: Located<string>;
  readonly port?: Located<number>;
  readonly group?: Located<string>;
  readonly delayLoop?: Located<number>;
  readonly sched?: Located<string>;
  readonly method?: Located<string>;
  readonly protocol?: Located<string>;
  readonly alpha?: Located<true>;
  readonly retry?: Located<number>;
  readonly delayBeforeRetry?: Located<number>;
  readonly realServers: readonly RealServerConf[];
}

/** `virtual_server_group NAME { ADDRESS PORT ... }`. */
export interface VirtualServerGroupConf {
  readonly name: Located<string>;
  readonly members: readonly { readonly address: Located<string>; readonly port?: Located<number> }[];
}

/** One keepalived.conf, includes expanded. */
export interface KeepalivedConf {
  readonly file: string;
  readonly routerId?: Located<string>;
  readonly vrrpVersion?: Located<2 | 3>;
  /** global_defs' gratuitous ARP defaults (`vrrp_garp_*`, `vrrp_strict`, `vrrp_min_garp`). */
  readonly globalGarp: GarpConf;
  readonly scripts: readonly VrrpScriptConf[];
  readonly instances: readonly VrrpInstanceConf[];
  readonly syncGroups: readonly SyncGroupConf[];
  readonly virtualServers: readonly VirtualServerConf[];
  readonly virtualServerGroups: readonly VirtualServerGroupConf[];
}
