/**
 * The DRBD resource under a cluster's NFS export: the one resource whose `on` hosts are the
 * two cluster nodes (or the only resource, with an FL412 warning when its host names differ).
 */
import type { ImportLog } from '../importLog.js';
import type { DrbdResourceConf } from '../drbd/drbdConf.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

/** The cluster's `drbd:` part, or undefined when no host gave DRBD configuration. */
export function drbdOfCluster(hosts: readonly HostConfigs[], names: readonly [string, string], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const resources: DrbdResourceConf[] = [];
  const seen = new Set<string>();
  for (const h of hosts) for (const r of h.drbd?.resources ?? []) {
    const key = `${r.name.value}@${r.at.file}:${r.at.line}`;
    if (!seen.has(key)) (seen.add(key), resources.push(r));
  }
  if (resources.length === 0) return hosts.some((h) => h.drbd) ? (log.error(hosts.find((h) => h.drbd)!.host.drbd!.at, 'FL411', 'the DRBD configuration defines no resource', 'point drbd: at drbd.conf or the drbd.d/ directory with the .res files'), undefined) : undefined;
  const matching = resources.filter((r) => names.every((n) => r.hosts.some((h) => h.name.value === n)));
  const chosen = matching[0] ?? resources[0]!;
  if (matching.length === 0) log.warn(chosen.name.at, 'FL412', `resource ${chosen.name.value}'s hosts (${chosen.hosts.map((h) => h.name.value).join(', ') || 'none'}) are not the cluster nodes ${names.join(' and ')}`, 'name the `on` sections after the hosts (uname -n), or the host keys in the manifest after them');
  for (const other of resources) if (other !== chosen && (matching.length === 0 || matching.includes(other))) log.warn(other.name.at, 'FL407', `resource ${other.name.value} is not modelled: the cluster exports one resource, ${chosen.name.value}`, 'check each resource in a design of its own');
  sources.set('cluster.drbd', chosen.name.at);
  const out: Record<string, unknown> = {};
  if (chosen.protocol) out['protocol'] = record(sources, ['cluster', 'drbd', 'protocol'], chosen.protocol);
  if (chosen.fencing) {
    out['fencing'] = record(sources, ['cluster', 'drbd', 'fencing'], chosen.fencing);
    if (chosen.fencing.value !== 'dont-care' && !chosen.fencePeer) log.warn(chosen.fencing.at, 'FL407', `fencing ${chosen.fencing.value} without a fence-peer handler: the model assumes the peer is fenced`, 'add handlers { fence-peer "/usr/lib/drbd/crm-fence-peer.9.sh"; }');
  }
  if (chosen.allowTwoPrimaries?.value) log.warn(chosen.allowTwoPrimaries.at, 'FL407', 'allow-two-primaries is not modelled in a cluster design', 'check it with a drbd design');
  out['writes'] = 1;
  return out;
}
