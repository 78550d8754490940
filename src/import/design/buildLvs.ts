/**
 * Builds an `lvs:` section from the directors' keepalived.conf: the first virtual_server
 * (a `group` resolves through virtual_server_group), its real servers, and their MISC_CHECK
 * (dig's own wait read from misc_path). Directors are the hosts with the virtual server;
 * their priority and advert_int come from their vrrp_instance, if any.
 */
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { CheckerConf, VirtualServerConf } from '../keepalived/keepalivedConf.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import { readScriptOfHost } from '../shell/readScriptOfHost.js';
import type { HostConfigs } from './hostConfigs.js';
import { nameForAddress } from './hostNaming.js';
import { record, type SourceMap } from './sourceMap.js';
import { wholeSecondsAdvert } from './wholeSecondsAdvert.js';

/** The `lvs:` section, or undefined after logging why not. */
export function buildLvs(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const directors = hosts.filter((h) => (h.keepalived?.virtualServers.length ?? 0) > 0);
  const first = directors[0];
  if (!first) {
    log.error(manifest.at, 'FL411', 'no keepalived.conf in the manifest has a virtual_server', 'give the director\'s keepalived.conf');
    return undefined;
  }
  const vs = first.keepalived!.virtualServers[0]!;
  for (const d of directors) for (const other of d.keepalived!.virtualServers.slice(d === first ? 1 : 0)) if (d === first) log.warn(other.at, 'FL407', 'this virtual_server is not modelled: the lvs design models one virtual server', 'check each virtual server in a design of its own');
  sources.set('lvs', vs.at);
  const target = addressOf(vs, first, log);
  if (!target) return undefined;
  const virtualServer: Record<string, unknown> = { address: record(sources, ['lvs', 'virtual_server', 'address'], target.address) };
  if (target.port) virtualServer['port'] = record(sources, ['lvs', 'virtual_server', 'port'], target.port);
  if (vs.protocol) virtualServer['protocol'] = record(sources, ['lvs', 'virtual_server', 'protocol'], vs.protocol);
  if (vs.sched) virtualServer['lvs_sched'] = record(sources, ['lvs', 'virtual_server', 'lvs_sched'], vs.sched);
  if (vs.method) virtualServer['lvs_method'] = record(sources, ['lvs', 'virtual_server', 'lvs_method'], vs.method);
  const section: Record<string, unknown> = { virtual_server: virtualServer };
  section['directors'] = directors.map((d, k) => {
    const instance = d.keepalived!.instances[0];
    const at = ['lvs', 'directors', k];
    sources.set(at.join('.'), d.keepalived!.virtualServers[0]!.at);
    return { name: record(sources, [...at, 'name'], d.host.name), ...(instance?.priority ? { priority: record(sources, [...at, 'priority'], instance.priority) } : {}) };
  });
  const advert = wholeSecondsAdvert(directors.map((d) => d.keepalived!.instances[0]?.advertInt).find((a) => a !== undefined), 'lvs', log);
  if (directors.length > 1 && advert) section['advert_int'] = record(sources, ['lvs', 'advert_int'], advert);
  section['real_servers'] = vs.realServers.map((rs, k) => {
    const at = ['lvs', 'real_servers', k];
    sources.set(at.join('.'), rs.at);
    return { name: record(sources, [...at, 'name'], { value: nameForAddress(rs.address.value, hosts, 'rs'), at: rs.address.at }), address: record(sources, [...at, 'address'], rs.address), ...(rs.port ? { port: record(sources, [...at, 'port'], rs.port) } : {}) };
  });
  const checks = vs.realServers.map((rs) => rs.checkers.find((c) => c.kind.value === 'MISC_CHECK'));
  const check = checks.find((c): c is CheckerConf => c !== undefined);
  if (!check || !check.miscPath) {
    log.error(check?.kind.at ?? vs.at, 'FL411', 'the virtual server has no MISC_CHECK with a misc_path', 'the lvs model checks real servers with a MISC_CHECK running dig');
    return undefined;
  }
  vs.realServers.forEach((rs, k) => {
    const c = checks[k];
    if (!c) log.error(rs.at, 'FL411', `real_server ${rs.address.value} has no MISC_CHECK: keepalived never takes it out of the pool`, 'give every real server the same MISC_CHECK');
    else if (c !== check && (c.miscTimeout?.value !== check.miscTimeout?.value || c.retry?.value !== check.retry?.value)) log.warn(c.kind.at, 'FL407', `this MISC_CHECK's timing differs from the first one's; the model runs the first one's for every real server`, 'give every real server the same check timing');
  });
  sources.set('lvs.misc_check', check.kind.at);
  const misc: Record<string, unknown> = { misc_path: record(sources, ['lvs', 'misc_check', 'misc_path'], check.miscPath) };
  const dig = readScriptOfHost(check.miscPath, first.host, log)?.digSeconds;
  if (vs.delayLoop) misc['delay_loop'] = record(sources, ['lvs', 'misc_check', 'delay_loop'], vs.delayLoop);
  const timeout: Located<number> | undefined = check.miscTimeout ?? check.connectTimeout;
  if (timeout) misc['misc_timeout'] = record(sources, ['lvs', 'misc_check', 'misc_timeout'], timeout);
  if (dig) misc['dig_seconds'] = record(sources, ['lvs', 'misc_check', 'dig_seconds'], dig);
  const retry = check.retry ?? vs.retry;
  if (retry) misc['retry'] = record(sources, ['lvs', 'misc_check', 'retry'], retry);
  const delay = check.delayBeforeRetry ?? vs.delayBeforeRetry;
  if (delay) misc['delay_before_retry'] = record(sources, ['lvs', 'misc_check', 'delay_before_retry'], delay);
  if (vs.alpha) misc['alpha'] = record(sources, ['lvs', 'misc_check', 'alpha'], vs.alpha);
  section['misc_check'] = misc;
  return section;
}

function addressOf(vs: VirtualServerConf, director: HostConfigs, log: ImportLog): { address: Located<string>; port?: Located<number> } | undefined {
  if (!vs.group) return vs.address ? { address: vs.address, ...(vs.port ? { port: vs.port } : {}) } : undefined;
  const group = director.keepalived!.virtualServerGroups.find((g) => g.name.value === vs.group!.value);
  if (!group) {
    log.error(vs.group.at, 'FL408', `virtual_server group ${vs.group.value} names no virtual_server_group`, 'define virtual_server_group with that name');
    return undefined;
  }
  const [member, ...rest] = group.members;
  if (!member) {
    log.error(group.name.at, 'FL405', `virtual_server_group ${group.name.value} is empty`, 'list the address and port: 192.0.2.53 53');
    return undefined;
  }
  for (const m of rest) log.warn(m.address.at, 'FL407', `group member ${m.address.value} is not modelled: the lvs design has one virtual address`, 'check each address in a design of its own');
  return { address: member.address, ...(member.port ? { port: member.port } : {}) };
}
