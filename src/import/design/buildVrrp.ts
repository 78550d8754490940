/**
 * Builds a `vrrp:` design section (manifest `design: vrrp`) from the hosts' keepalived.conf:
 * one router per host running the instance whose virtual_router_id the first host's first
 * instance has, in manifest order; priority, state, nopreempt, preempt_delay, advert_int,
 * version and virtual_ipaddress as keepalived reads them; and the gratuitous ARP settings
 * (decision 0041) — each instance's own over its global_defs `vrrp_*` default, `vrrp_min_garp`
 * and strict mode applied as keepalived's config completion does (`vrrp.c`, `global_parser.c`).
 * Every value is recorded in the source map at the line that set it.
 */
import type { DocPath } from '../../design/designKind.js';
import type { ImportLog } from '../importLog.js';
import type { VrrpInstanceConf } from '../keepalived/keepalivedConf.js';
import type { GarpConf } from '../keepalived/readGarp.js';
import type { Located } from '../located.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

/** The `vrrp:` section, or undefined when fewer than 2 hosts run the instance (FL412). */
export function buildVrrp(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const first = hosts.flatMap((h) => h.keepalived?.instances ?? [])[0];
  const vrid = first?.vrid;
  if (!first || !vrid) {
    log.error(first?.name.at ?? manifest.at, first ? 'FL405' : 'FL412', first ? `vrrp_instance ${first.name.value} has no virtual_router_id` : 'no host runs a vrrp_instance', 'give the routers of the group one vrrp_instance with one virtual_router_id');
    return undefined;
  }
  const members = hosts.flatMap((h) => {
    const instances = (h.keepalived?.instances ?? []).filter((i) => i.vrid?.value === vrid.value);
    for (const extra of instances.slice(1)) log.warn(extra.name.at, 'FL407', `vrrp_instance ${extra.name.value} repeats virtual_router_id ${vrid.value} on ${h.host.name.value}; the first is modelled`, 'one host runs one instance of a group');
    return instances[0] ? [{ host: h, instance: instances[0] }] : [];
  });
  if (members.length < 2) {
    log.error(first.name.at, 'FL412', `only ${members.length} host runs virtual_router_id ${vrid.value}`, 'list every router of the group under hosts: in the manifest');
    return undefined;
  }
  sources.set('vrrp', first.name.at);
  const section: Record<string, unknown> = { vrid: record(sources, ['vrrp', 'vrid'], vrid) };
  const version = first.version ?? members[0]!.host.keepalived?.vrrpVersion;
  if (version) section['version'] = record(sources, ['vrrp', 'version'], version);
  const vmac = members.map(({ instance }) => instance.garp.useVmac);
  if (vmac.every((v) => v) && vmac[0]) section['use_vmac'] = record(sources, ['vrrp', 'use_vmac'], vmac[0]);
  else if (vmac.some((v) => v)) log.warn(vmac.find((v) => v)!.at, 'FL407', 'use_vmac is set on some routers of the group and not on others: not modelled', 'the vrrp design sets use_vmac for the whole group');
  const xmit = members.map(({ instance }) => instance.garp.vmacXmitBase);
  if (section['use_vmac'] && xmit.every((v) => v)) section['vmac_xmit_base'] = record(sources, ['vrrp', 'vmac_xmit_base'], xmit[0]!);
  section['routers'] = members.map(({ host, instance }, k) => routerOf(host, instance, ['vrrp', 'routers', k], sources, log));
  return section;
}

function routerOf(h: HostConfigs, i: VrrpInstanceConf, at: DocPath, sources: SourceMap, log: ImportLog): Record<string, unknown> {
  sources.set(at.join('.'), i.name.at);
  const router: Record<string, unknown> = { name: record(sources, [...at, 'name'], { value: h.host.name.value, at: i.name.at }) };
  const put = <T>(key: string, value: Located<T> | undefined): void => {
    if (value) router[key] = record(sources, [...at, key], value);
  };
  put('priority', i.priority);
  put('state', i.state);
  put('nopreempt', i.nopreempt);
  put('preempt_delay', i.preemptDelay);
  put('advert_int', i.advertInt);
  if (i.vips.length > 0) {
    router['virtual_ipaddress'] = i.vips.map((v, k) => record(sources, [...at, 'virtual_ipaddress', k], v));
  }
  if (i.unicastPeers.length > 0) log.warn(i.unicastPeers[0]!.at, 'FL407', `unicast_peer on ${h.host.name.value} is not mapped: peers are addresses, routers are hosts`, 'write unicast_peer with router names in the design');
  const garp = effectiveGarp(i.garp, h.keepalived?.globalGarp ?? {});
  for (const [key, value] of Object.entries(garp)) put(key, value);
  return router;
}

/**
 * The GARP options as keepalived completes them: the instance's over global_defs'; `vrrp_min_garp`
 * turns the defaults into one GARP, no second burst, no refresh; strict mode clears
 * garp_lower_prio_repeat and higher_prio_send_advert (`vrrp.c`: "strict mode requires ...").
 * Only what differs from keepalived's defaults is written.
 */
function effectiveGarp(own: GarpConf, global: GarpConf): Record<string, Located<number | boolean>> {
  const out: Record<string, Located<number | boolean>> = {};
  const pick = <K extends keyof GarpConf>(k: K): GarpConf[K] => own[k] ?? global[k];
  const min = global.minGarp?.value === true ? global.minGarp : undefined;
  const delay = pick('masterDelay') ?? (min && { value: 0, at: min.at });
  const repeat = pick('masterRepeat') ?? (min && { value: 1, at: min.at });
  if (delay) out['garp_master_delay'] = delay;
  if (repeat) out['garp_master_repeat'] = repeat;
  const refresh = pick('masterRefresh');
  if (refresh) out['garp_master_refresh'] = refresh;
  const strict = pick('strict');
  const lower = strict?.value ? { value: 0, at: strict.at } : pick('lowerPrioRepeat');
  if (lower) out['garp_lower_prio_repeat'] = lower;
  const higher = strict?.value ? { value: false, at: strict.at } : pick('higherPrioSendAdvert');
  if (higher) out['higher_prio_send_advert'] = higher;
  return out;
}
