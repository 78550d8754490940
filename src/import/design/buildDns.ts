/**
 * Builds a `dns:` section from resolv.conf files: each host with a resolv.conf is a client;
 * each nameserver address is a server (the manifest host with that `address`, else a name made
 * from it), or a VRRP VIP when keepalived.conf files in the manifest carry it in their
 * virtual_ipaddress (members: those hosts with their priority). `workload:` comes from the
 * manifest.
 */
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import type { HostConfigs } from './hostConfigs.js';
import { nameForAddress } from './hostNaming.js';
import { record, type SourceMap } from './sourceMap.js';
import { wholeSecondsAdvert } from './wholeSecondsAdvert.js';

/** The `dns:` section, or undefined after logging why not. */
export function buildDns(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const clients = hosts.filter((h) => h.resolv);
  if (clients.length === 0) {
    log.error(manifest.at, 'FL411', 'no host in the manifest has a resolv.conf', 'give resolv: for the client hosts');
    return undefined;
  }
  const vipOwners = new Map<string, { host: HostConfigs; priority: Located<number> | undefined; advert: Located<number> | undefined; at: Located<string>['at'] }[]>();
  for (const h of hosts) for (const i of h.keepalived?.instances ?? []) for (const vip of i.vips) {
    const address = vip.value.replace(/\/\d+$/, '');
    vipOwners.set(address, [...(vipOwners.get(address) ?? []), { host: h, priority: i.priority, advert: i.advertInt, at: vip.at }]);
  }
  const servers: Record<string, unknown>[] = [];
  const vips: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const addServer = (address: Located<string>): void => {
    if (seen.has(address.value)) return;
    seen.add(address.value);
    const at = ['dns', 'servers', servers.length];
    sources.set(at.join('.'), address.at);
    servers.push({ name: record(sources, [...at, 'name'], { value: nameForAddress(address.value, hosts, 'ns'), at: address.at }), address: record(sources, [...at, 'address'], address) });
  };
  for (const c of clients) for (const ns of c.resolv!.nameservers) {
    const owners = vipOwners.get(ns.value);
    if (!owners) {
      addServer(ns);
      continue;
    }
    if (seen.has(ns.value)) continue;
    seen.add(ns.value);
    for (const o of owners) if (o.host.host.address) addServer(o.host.host.address);
    const at = ['dns', 'vips', vips.length];
    sources.set(at.join('.'), owners[0]!.at);
    const members = owners.flatMap((o, k) => {
      if (!o.host.host.address) {
        log.error(o.at, 'FL411', `${o.host.host.name.value} carries VIP ${ns.value} but has no address: in the manifest`, `add address: to host ${o.host.host.name.value}`);
        return [];
      }
      return [{ server: o.host.host.name.value, priority: o.priority ? record(sources, [...at, 'members', k, 'priority'], o.priority) : 100 }];
    });
    const advert = wholeSecondsAdvert(owners.find((o) => o.advert)?.advert, 'dns', log);
    vips.push({ name: record(sources, [...at, 'name'], { value: `vip-${ns.value.replace(/\./g, '-')}`, at: owners[0]!.at }), address: ns.value, members, ...(advert ? { advert_int: record(sources, [...at, 'advert_int'], advert) } : {}) });
  }
  const section: Record<string, unknown> = { servers };
  if (vips.length > 0) section['vips'] = vips;
  section['clients'] = clients.map((c, k) => {
    const r = c.resolv!;
    const at = ['dns', 'clients', k];
    sources.set(at.join('.'), { file: r.file, line: 1, column: 1 });
    const rc: Record<string, unknown> = { nameservers: r.nameservers.map((n, j) => record(sources, [...at, 'resolv_conf', 'nameservers', j], n)) };
    if (r.timeout) rc['timeout'] = record(sources, [...at, 'resolv_conf', 'timeout'], r.timeout);
    if (r.attempts) rc['attempts'] = record(sources, [...at, 'resolv_conf', 'attempts'], r.attempts);
    if (r.rotate) rc['rotate'] = record(sources, [...at, 'resolv_conf', 'rotate'], r.rotate);
    if (r.nameservers.length === 0) log.error({ file: r.file, line: 1, column: 1 }, 'FL411', `${c.host.name.value}'s resolv.conf lists no nameserver`, 'glibc then asks 127.0.0.1; list the servers with nameserver lines');
    return { name: c.host.name.value, resolv_conf: rc };
  });
  const workload = manifest.passthrough['workload'];
  if (workload) {
    section['workload'] = workload.value;
    sources.set('dns.workload', workload.at);
  }
  return section;
}
