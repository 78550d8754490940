/**
 * The cluster's notify effects, read from the scripts each node's instance names. The model
 * runs one list per transition on both nodes, so the two nodes' scripts must do the same
 * things in the same order (FL412 otherwise). The generic `notify` hook and sync-group hooks
 * are FL407 warnings.
 */
import type { NotifyEffect } from '../../../models/keepalived/config.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { VrrpInstanceConf } from '../keepalived/keepalivedConf.js';
import { readScriptOfHost } from '../shell/readScriptOfHost.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

const HOOKS = ['master', 'backup', 'fault', 'stop'] as const;

/** What the notify scripts tell about the cluster. */
export interface NotifyReading {
  readonly section: Record<string, NotifyEffect[]>;
  readonly reading: { readonly drbd: boolean; readonly nfs: boolean; readonly nfsdFs?: Located<true> };
}

/** Reads the notify hooks of the paired instances. */
export function clusterNotify(a: HostConfigs, ia: VrrpInstanceConf, b: HostConfigs, ib: VrrpInstanceConf, sources: SourceMap, log: ImportLog): NotifyReading {
  const section: Record<string, NotifyEffect[]> = {};
  let nfsdFs: Located<true> | undefined;
  for (const [h, i] of [[a, ia], [b, ib]] as const) {
    if (i.notify.notify) log.warn(i.notify.notify.at, 'FL407', 'the generic notify script is not modelled (it gets the new state as an argument)', 'use notify_master, notify_backup, notify_fault and notify_stop');
    for (const g of h.keepalived?.syncGroups ?? []) {
      if (!g.members.some((m) => m.value === i.name.value)) continue;
      for (const command of Object.values(g.notify)) if (command) log.warn(command.at, 'FL407', `sync group ${g.name.value}'s notify scripts are not modelled`, 'put the notify scripts on the instance');
    }
  }
  for (const hook of HOOKS) {
    const ca = ia.notify[hook];
    const cb = ib.notify[hook];
    if (!ca && !cb) continue;
    const ra = ca ? readScriptOfHost(ca, a.host, log) : undefined;
    const rb = cb ? readScriptOfHost(cb, b.host, log) : undefined;
    const ea = ra?.effects ?? [];
    const eb = rb?.effects ?? [];
    if (ea.map((e) => e.value).join(',') !== eb.map((e) => e.value).join(',')) {
      const at = (cb ?? ca)!.at;
      log.error(at, 'FL412', `notify_${hook} does different things on ${a.host.name.value} (${list(ea)}) and ${b.host.name.value} (${list(eb)})`, 'the cluster model runs one script per transition on both nodes; make the two scripts alike');
      continue;
    }
    if (hook === 'master' && ra?.nfsdFs) nfsdFs = ra.nfsdFs;
    if (ea.length > 0) section[hook] = ea.map((e, k) => record(sources, ['cluster', 'notify', hook, k], e));
    if (ca) sources.set(`cluster.notify.${hook}`, ca.at);
  }
  const all = Object.values(section).flat();
  return { section, reading: { drbd: all.some((e) => e.startsWith('drbd.')), nfs: all.some((e) => e.startsWith('nfs.') || e === 'mount'), ...(nfsdFs ? { nfsdFs } : {}) } };
}

function list(effects: readonly Located<NotifyEffect>[]): string {
  return effects.length === 0 ? 'nothing' : effects.map((e) => e.value).join(', ');
}
