/**
 * The cluster's notify effects, read from the scripts each node's instance names. The model
 * runs one list per transition on both nodes, so the two nodes' scripts must do the same
 * things in the same order (FL412 otherwise). Per transition keepalived starts the instance's
 * `notify_<state>` script, then its generic `notify` script (with the state as its third
 * argument: the `case` branches for that state count), then those of the instance's
 * `vrrp_sync_group`, once the group has moved (keepalived vrrp_notify.c, vrrp_sync.c). It does
 * not wait for one before starting the next: their effects are taken in that order, with an
 * FL414 warning when more than one script runs for a transition.
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
  for (const hook of HOOKS) {
    const ca = scriptsOf(a, ia, hook);
    const cb = scriptsOf(b, ib, hook);
    if (ca.length === 0 && cb.length === 0) continue;
    const ra = readHook(ca, a, hook, log);
    const rb = readHook(cb, b, hook, log);
    const ea = ra.effects;
    const eb = rb.effects;
    if (ea.map((e) => e.value).join(',') !== eb.map((e) => e.value).join(',')) {
      const at = (cb[0] ?? ca[0])!.command.at;
      log.error(at, 'FL412', `notify_${hook} does different things on ${a.host.name.value} (${list(ea)}) and ${b.host.name.value} (${list(eb)})`, 'the cluster model runs one script per transition on both nodes; make the two scripts alike');
      continue;
    }
    if (hook === 'master' && ra.nfsdFs) nfsdFs = ra.nfsdFs;
    if (ea.length > 0) section[hook] = ea.map((e, k) => record(sources, ['cluster', 'notify', hook, k], e));
    if (ca[0]) sources.set(`cluster.notify.${hook}`, ca[0].command.at);
  }
  const all = Object.values(section).flat();
  return { section, reading: { drbd: all.some((e) => e.startsWith('drbd.')), nfs: all.some((e) => e.startsWith('nfs.') || e === 'mount'), ...(nfsdFs ? { nfsdFs } : {}) } };
}

/** The scripts keepalived starts on `hook` for instance `i` of host `h`, in order; `generic` ones get the state as an argument. */
function scriptsOf(h: HostConfigs, i: VrrpInstanceConf, hook: (typeof HOOKS)[number]): { command: Located<string>; generic: boolean }[] {
  const groups = (h.keepalived?.syncGroups ?? []).filter((g) => g.members.some((m) => m.value === i.name.value));
  return [i.notify, ...groups.map((g) => g.notify)].flatMap((n) => [
    ...(n[hook] ? [{ command: n[hook]!, generic: false }] : []),
    ...(n.notify ? [{ command: n.notify, generic: true }] : []),
  ]);
}

/** The effects of the scripts of one hook, in order, and whether the master's scripts mount nfsd. */
function readHook(scripts: readonly { command: Located<string>; generic: boolean }[], h: HostConfigs, hook: (typeof HOOKS)[number], log: ImportLog): { effects: Located<NotifyEffect>[]; nfsdFs?: Located<true> } {
  if (scripts.length > 1) log.warn(scripts[1]!.command.at, 'FL414', `keepalived starts ${scripts.length} scripts on ${hook} without waiting for each other: their effects are read in the order they start`, 'one notify script per transition keeps the order certain');
  const effects: Located<NotifyEffect>[] = [];
  let nfsdFs: Located<true> | undefined;
  for (const { command, generic } of scripts) {
    const reading = readScriptOfHost(command, h.host, log);
    if (!reading) continue;
    effects.push(...(generic ? reading.byState[hook] : reading.effects));
    nfsdFs ??= reading.nfsdFs;
  }
  return { effects, ...(nfsdFs ? { nfsdFs } : {}) };
}

function list(effects: readonly Located<NotifyEffect>[]): string {
  return effects.length === 0 ? 'nothing' : effects.map((e) => e.value).join(', ');
}
