/**
 * Builds a `drbd:` section from DRBD configuration alone: the first resource (others are
 * FL407 warnings), its two `on` hosts, protocol, fencing and split-brain policies.
 */
import type { ImportLog } from '../importLog.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

/** The `drbd:` section, or undefined after logging why not. */
export function buildDrbd(hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const resources = hosts.flatMap((h) => h.drbd?.resources ?? []);
  const r = resources[0];
  if (!r) {
    const at = hosts.find((h) => h.host.drbd)?.host.drbd?.at ?? hosts[0]?.host.name.at;
    if (at) log.error(at, 'FL411', 'the DRBD configuration defines no resource', 'point drbd: at drbd.conf or the drbd.d/ directory');
    return undefined;
  }
  for (const other of resources.slice(1)) if (other.name.value !== r.name.value || other.at.file !== r.at.file) log.warn(other.name.at, 'FL407', `resource ${other.name.value} is not modelled: the drbd design models one resource, ${r.name.value}`, 'check each resource in a design of its own');
  sources.set('drbd', r.name.at);
  const section: Record<string, unknown> = {};
  if (/^[A-Za-z0-9_.-]+$/.test(r.name.value)) section['resource'] = record(sources, ['drbd', 'resource'], r.name);
  if (r.protocol) section['protocol'] = record(sources, ['drbd', 'protocol'], r.protocol);
  section['nodes'] = r.hosts.map((h, k) => {
    sources.set(`drbd.nodes.${k}`, h.name.at);
    return { name: record(sources, ['drbd', 'nodes', k, 'name'], h.name) };
  });
  if (r.fencing) section['fencing'] = record(sources, ['drbd', 'fencing'], r.fencing);
  if (r.allowTwoPrimaries) section['allow-two-primaries'] = record(sources, ['drbd', 'allow-two-primaries'], r.allowTwoPrimaries);
  if (r.afterSb0pri) section['after-sb-0pri'] = record(sources, ['drbd', 'after-sb-0pri'], r.afterSb0pri);
  if (r.afterSb1pri) section['after-sb-1pri'] = record(sources, ['drbd', 'after-sb-1pri'], r.afterSb1pri);
  if (r.afterSb2pri) section['after-sb-2pri'] = record(sources, ['drbd', 'after-sb-2pri'], r.afterSb2pri);
  return section;
}
