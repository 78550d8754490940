/**
 * Builds a `cluster:` design section from two hosts' keepalived.conf, the notify and check
 * scripts they name, and the DRBD resource: nodes from the paired vrrp_instance, notify
 * effects from the scripts in order, `vrrp_script`s as dns or nfs checks by what they probe.
 * Every value is recorded in the source map at the config line that set it.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import type { HostConfigs } from './hostConfigs.js';
import { clusterNotify } from './clusterNotify.js';
import { clusterScripts } from './clusterScripts.js';
import { drbdOfCluster } from './drbdOfCluster.js';
import { pairInstances } from './pairInstances.js';
import { record, type SourceMap } from './sourceMap.js';
import { readSupervisor } from '../supervisor/readSupervisor.js';
import { garpSettings } from '../keepalived/readGarp.js';

/** The `cluster:` section, or undefined when the hosts do not form one (errors are logged). */
export function buildCluster(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const withKeepalived = hosts.filter((h) => h.keepalived && h.keepalived.instances.length > 0);
  if (withKeepalived.length !== 2) {
    log.error(withKeepalived[2]?.host.name.at ?? manifest.at, 'FL412', `a cluster has 2 hosts running keepalived, the manifest gives ${withKeepalived.length}`, 'list the two nodes of the keepalived pair under hosts:');
    return undefined;
  }
  const [a, b] = withKeepalived as [HostConfigs, HostConfigs];
  const pair = pairInstances(a, b, log);
  if (!pair) return undefined;
  const [ia, ib] = pair;
  for (const [h, i] of [[a, ia], [b, ib]] as const) {
    if (i.vips.length === 0) log.warn(i.name.at, 'FL415', `vrrp_instance ${i.name.value} on ${h.host.name.value} has no virtual_ipaddress: no address moves on failover`, 'clients reach nothing through this pair; check the spelling of virtual_ipaddress');
  }
  same(ia.advertInt, ib.advertInt, 1, 'advert_int', log);
  for (const g of [ia.garp, ib.garp, a.keepalived?.globalGarp ?? {}, b.keepalived?.globalGarp ?? {}].flatMap(garpSettings)) {
    log.warn(g.at, 'FL407', 'gratuitous ARP and virtual MAC settings are not modelled by the cluster design', 'import the pair with design: vrrp in the manifest to check where hosts send their traffic (traffic-reaches-master)');
  }
  sources.set('cluster', ia.name.at);
  sources.set('cluster.vrrp', ia.name.at);
  const vrrp: Record<string, unknown> = { vrid: record(sources, ['cluster', 'vrrp', 'vrid'], ia.vrid!) };
  const version = ia.version ?? a.keepalived?.vrrpVersion;
  if (version) vrrp['version'] = record(sources, ['cluster', 'vrrp', 'version'], version);
  if (ia.advertInt) vrrp['advert_int'] = record(sources, ['cluster', 'vrrp', 'advert_int'], ia.advertInt);
  const nodes = [a, b].map((h, k) => {
    const i = k === 0 ? ia : ib;
    const at = ['cluster', 'nodes', k];
    sources.set(at.join('.'), i.name.at);
    const node: Record<string, unknown> = { name: record(sources, [...at, 'name'], { value: h.host.name.value, at: i.name.at }) };
    if (i.priority) node['priority'] = record(sources, [...at, 'priority'], i.priority);
    if (i.state) node['state'] = record(sources, [...at, 'state'], i.state);
    if (i.nopreempt) node['nopreempt'] = record(sources, [...at, 'nopreempt'], i.nopreempt);
    if (i.preemptDelay) node['preempt_delay'] = record(sources, [...at, 'preempt_delay'], i.preemptDelay);
    return node;
  });
  const notify = clusterNotify(a, ia, b, ib, sources, log);
  const scripts = clusterScripts(a, ia, sources, log);
  const drbd = drbdOfCluster(hosts, [a.host.name.value, b.host.name.value], sources, log);
  const service = serviceOf(manifest, notify.reading, scripts.probes, drbd !== undefined, a.host.name.at, log);
  if (!service) return undefined;
  sources.set('cluster.service', service.at);
  const section: Record<string, unknown> = { service: service.value, vrrp, nodes };
  if (scripts.section.length > 0) section['vrrp_script'] = scripts.section;
  const track = ia.trackInterfaces[0];
  if (track) {
    section['track_interface'] = { name: record(sources, ['cluster', 'track_interface', 'name'], track.name), ...(track.weight ? { weight: record(sources, ['cluster', 'track_interface', 'weight'], track.weight) } : {}) };
    for (const extra of ia.trackInterfaces.slice(1)) log.warn(extra.name.at, 'FL407', `track_interface ${extra.name.value} is not modelled: the cluster tracks one interface, ${track.name.value}`, 'list the service NIC first');
  }
  if (Object.keys(notify.section).length > 0) section['notify'] = notify.section;
  const restarts = [a, b].map((h) => (h.host.supervisor ? readSupervisor(h.host.supervisor, log) : undefined));
  if (restarts[0]?.value !== restarts[1]?.value) {
    const at = (restarts[1] ?? restarts[0])!.at;
    log.error(at, 'FL412', `keepalived is restarted ${restarts.map((r, k) => `${r ? `after ${r.value} s` : 'never'} on ${[a, b][k]!.host.name.value}`).join(' and ')}`, 'the cluster model supervises both nodes alike; give both hosts the same unit or run script');
  } else if (restarts[0]) section['supervisor'] = { restart: record(sources, ['cluster', 'supervisor', 'restart'], restarts[0]) };
  if (service.value === 'nfs' && drbd) section['drbd'] = drbd;
  const nfsd = notify.reading.nfsdFs;
  if (service.value === 'nfs' && nfsd) section['nfs'] = { client_state: record(sources, ['cluster', 'nfs', 'client_state'], { value: 'nfsd-fs', at: nfsd.at }) };
  return section;
}

function same<T>(x: Located<T> | undefined, y: Located<T> | undefined, fallback: T, what: string, log: ImportLog): void {
  const vx = x?.value ?? fallback;
  const vy = y?.value ?? fallback;
  if (vx !== vy) log.error((y ?? x)!.at, 'FL412', `${what} differs between the two nodes (${String(vx)} and ${String(vy)})`, `the cluster model runs one ${what}; a mismatch is modelled by the vrrp design kind (R6)`);
}

function serviceOf(manifest: SiteManifest, reading: { readonly drbd: boolean; readonly nfs: boolean }, probes: ReadonlySet<'dns' | 'nfs'>, hasDrbd: boolean, at: SourceLocation, log: ImportLog): Located<'nfs' | 'dns'> | undefined {
  if (manifest.service) return manifest.service;
  if (hasDrbd || reading.drbd || reading.nfs || probes.has('nfs')) return { value: 'nfs', at };
  if (probes.has('dns')) return { value: 'dns', at };
  log.error(at, 'FL411', 'cannot tell what the cluster serves: no DRBD, no NFS in the notify scripts, no dig check', 'add service: nfs or service: dns to the manifest');
  return undefined;
}
