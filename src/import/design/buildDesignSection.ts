/**
 * Picks the design kind a manifest's configs describe and builds its section: `lvs` when a
 * keepalived.conf has virtual servers, `cluster` for a keepalived pair, `dns` for resolv.conf
 * files, `drbd` for DRBD alone, `topology` for a netlab or containerlab file, `site` for a
 * lab file and a keepalived pair together; `vrrp` (only when the manifest asks for it) for the
 * routers of one VRRP group with their gratuitous ARP settings. The manifest's `design:` picks explicitly; configs the chosen
 * kind does not use are FL407 warnings, never silently dropped.
 */
import type { ImportLog } from '../importLog.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import { buildCluster } from './buildCluster.js';
import { buildDns } from './buildDns.js';
import { buildDrbd } from './buildDrbd.js';
import { buildLvs } from './buildLvs.js';
import type { HostConfigs } from './hostConfigs.js';
import type { SourceMap } from './sourceMap.js';
import { buildTopology } from './buildTopology.js';
import { buildSite } from './buildSite.js';
import { buildVrrp } from './buildVrrp.js';

const KINDS = ['site', 'cluster', 'lvs', 'dns', 'drbd', 'topology', 'vrrp'] as const;
type Kind = (typeof KINDS)[number];

/** The section name and value, or undefined after logging why none could be built. */
export function buildDesignSection(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): { section: string; value: Record<string, unknown> } | undefined {
  const kind = pick(manifest, hosts, log);
  if (!kind) return undefined;
  warnUnused(kind, hosts, log);
  const value =
    kind === 'site' ? buildSite(manifest, hosts, sources, log)
    : kind === 'cluster' ? buildCluster(manifest, hosts, sources, log)
    : kind === 'lvs' ? buildLvs(manifest, hosts, sources, log)
    : kind === 'dns' ? buildDns(manifest, hosts, sources, log)
    : kind === 'drbd' ? buildDrbd(hosts, sources, log)
    : kind === 'vrrp' ? buildVrrp(manifest, hosts, sources, log)
    : buildTopology(manifest, hosts, sources, log);
  return value ? { section: kind, value } : undefined;
}

function pick(manifest: SiteManifest, hosts: readonly HostConfigs[], log: ImportLog): Kind | undefined {
  if (manifest.design) {
    if ((KINDS as readonly string[]).includes(manifest.design.value)) return manifest.design.value as Kind;
    log.error(manifest.design.at, 'FL410', `design: must be one of ${KINDS.join(', ')}, got "${manifest.design.value}"`, 'name the design kind to build');
    return undefined;
  }
  const pair = hosts.filter((h) => (h.keepalived?.instances.length ?? 0) > 0).length >= 2;
  if ((manifest.topology || manifest.containerlab) && pair) return 'site';
  if (manifest.topology || manifest.containerlab) return 'topology';
  if (hosts.some((h) => (h.keepalived?.virtualServers.length ?? 0) > 0)) return 'lvs';
  if (hosts.filter((h) => (h.keepalived?.instances.length ?? 0) > 0).length >= 2) return 'cluster';
  if (hosts.some((h) => h.resolv)) return 'dns';
  if (hosts.some((h) => h.drbd)) return 'drbd';
  log.error(manifest.at, 'FL411', 'the manifest names no configuration faultline can build a design from', 'give two hosts with keepalived, a keepalived.conf with virtual_server, resolv.conf files, or DRBD');
  return undefined;
}

function warnUnused(kind: Kind, hosts: readonly HostConfigs[], log: ImportLog): void {
  for (const h of hosts) {
    const unused: [string, { readonly at: { file: string; line: number; column: number } } | undefined][] = [
      ['resolv', kind === 'dns' ? undefined : h.host.resolv],
      ['drbd', kind === 'cluster' || kind === 'site' || kind === 'drbd' ? undefined : h.host.drbd],
      ['keepalived', kind === 'cluster' || kind === 'site' || kind === 'lvs' || kind === 'dns' || kind === 'vrrp' ? undefined : h.host.keepalived],
      ['bonding', kind === 'site' || kind === 'topology' ? undefined : h.host.bonding?.[0]],
    ];
    for (const [what, entry] of unused) if (entry) log.warn(entry.at, 'FL407', `${h.host.name.value}'s ${what} configuration is not used by the ${kind} design`, what === 'bonding' ? 'bonds are placed in a lab: give the manifest topology: (netlab) or containerlab:' : 'set design: to the kind you want, or check this part in a manifest of its own');
  }
}
