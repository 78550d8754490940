/**
 * The instance's tracked `vrrp_script`s as cluster checks: a script that runs `dig` checks
 * dns, one that probes NFS (`rpcinfo`, `showmount`, `pidof nfsd`) checks nfs. A track_script
 * naming no vrrp_script is FL408; a script whose probe is not recognised is FL414 and left out.
 */
import type { ImportLog } from '../importLog.js';
import type { VrrpInstanceConf } from '../keepalived/keepalivedConf.js';
import { readScriptOfHost } from '../shell/readScriptOfHost.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

/** The `vrrp_script` list and what the scripts probe. */
export function clusterScripts(h: HostConfigs, instance: VrrpInstanceConf, sources: SourceMap, log: ImportLog): { section: Record<string, unknown>[]; probes: Set<'dns' | 'nfs'> } {
  const section: Record<string, unknown>[] = [];
  const probes = new Set<'dns' | 'nfs'>();
  for (const track of instance.trackScripts) {
    const script = h.keepalived?.scripts.find((s) => s.name.value === track.name.value);
    if (!script) {
      log.error(track.name.at, 'FL408', `track_script ${track.name.value} names no vrrp_script`, 'define vrrp_script with that name, or fix the spelling');
      continue;
    }
    if (!script.script) {
      log.error(script.name.at, 'FL405', `vrrp_script ${script.name.value} has no script line`, 'write: script "/usr/bin/dig @127.0.0.1 +time=1 +tries=3 localhost"');
      continue;
    }
    const reading = readScriptOfHost(script.script, h.host, log);
    const probe = reading?.probes[0];
    if (!probe) {
      if (reading) log.warn(script.script.at, 'FL414', `vrrp_script ${script.name.value}: what it checks is not recognised (no dig, rpcinfo, showmount or pidof nfsd), so it is not modelled`, 'the cluster models dns and nfs health checks');
      continue;
    }
    probes.add(probe.value);
    const at = ['cluster', 'vrrp_script', section.length];
    sources.set(at.join('.'), script.name.at);
    const entry: Record<string, unknown> = { name: record(sources, [...at, 'name'], script.name), check: record(sources, [...at, 'check'], probe), script: script.script.value };
    sources.set([...at, 'script'].join('.'), script.script.at);
    for (const key of ['interval', 'timeout', 'fall', 'rise'] as const) if (script[key]) entry[key] = record(sources, [...at, key], script[key]!);
    const weight = track.weight ?? script.weight;
    if (weight) entry['weight'] = record(sources, [...at, 'weight'], weight);
    section.push(entry);
  }
  return { section, probes };
}
