/**
 * Puts the bonds read from the hosts' bonding files into a `topology:` section (decision
 * 0024): mode (balance-rr when unset, as in the kernel), slaves, primary, and the link monitor
 * — ARP when arp_interval is set (its IPv4 targets named by the hosts whose manifest
 * `address:` or bonding files carry them), else MII (miimon 0 is a bond without a monitor;
 * unset in 802.3ad, balance-tlb and balance-alb it is the kernel's 100 ms). An 802.3ad bond
 * also gets its LACP end (`lags:`, LACP active as Linux runs it, with lacp_rate and min_links).
 * A bond from the files replaces one the lab file's `lag` module gave the same host.
 *
 * Errors: FL417 bonds of a host the topology does not have; FL421 a bond defined twice on a
 * host, or with both MII and ARP monitoring; FL422 an ARP target address no host carries.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { ImportedBond } from '../bonding/bondingConf.js';
import type { HostConfigs } from './hostConfigs.js';
import { record, type SourceMap } from './sourceMap.js';

type Entry = Record<string, unknown>;
const MII_ONLY = ['802.3ad', 'balance-tlb', 'balance-alb'];

/** Adds the hosts' bonds to `section` (a topology section being built). */
export function buildBonds(section: Record<string, unknown>, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): void {
  const withBonds = hosts.filter((h) => (h.bonding?.bonds.length ?? 0) > 0);
  if (withBonds.length === 0) return;
  const endpoints = new Set(['hosts', 'routers'].flatMap((k) => ((section[k] as { name: string }[] | undefined) ?? []).map((n) => n.name)));
  const book = addressBook(hosts, log);
  const fromLab = (section['bonds'] as Entry[] | undefined) ?? [];
  const labLags = (section['lags'] as Entry[] | undefined) ?? [];
  const replaced = new Set<Entry>();
  const files: { h: HostConfigs; b: ImportedBond }[] = [];
  for (const h of withBonds) {
    const host = h.host.name.value;
    if (!endpoints.has(host)) {
      log.error(h.host.bonding![0]!.at, 'FL417', `${host} has bonds but is no host or router of the topology`, `topology hosts and routers: ${[...endpoints].join(', ') || 'none'}; name the manifest host after the lab node`);
      continue;
    }
    const seen = new Map<string, ImportedBond>();
    for (const b of h.bonding!.bonds) {
      const first = seen.get(b.name.value);
      if (first) {
        log.error(b.name.at, 'FL421', `${host} defines bond ${b.name.value} twice`, `the first is at ${first.name.at.file}:${first.name.at.line}; give one file per bond (netplan merges files: give the merged one)`);
        continue;
      }
      seen.set(b.name.value, b);
      const slaves = b.slaves.map((s) => s.value);
      for (const old of fromLab.filter((e) => e['host'] === host && (e['name'] === b.name.value || (e['slaves'] as string[]).some((s) => slaves.includes(s))))) {
        replaced.add(old);
        log.warn(b.at, 'FL407', `bond ${b.name.value} of ${host} replaces the lab file's ${String(old['name'])}`, 'the configuration file says what the host runs');
      }
      files.push({ h, b });
    }
  }
  const keptBonds = keep(sources, 'bonds', fromLab, (e) => !replaced.has(e));
  const keptLags = keep(sources, 'lags', labLags, (l) => ![...replaced].some((e) => e['host'] === l['node'] && e['name'] === l['name']));
  const bonds = [...keptBonds];
  const lags = [...keptLags];
  for (const { h, b } of files) {
    const entry = bondEntry(b, h.host.name.value, bonds.length, book, sources, log);
    if (!entry) continue;
    bonds.push(entry);
    if (entry['mode'] === '802.3ad') lags.push(lacpEnd(b, h.host.name.value, lags.length, sources));
  }
  section['bonds'] = bonds;
  if (lags.length > 0) section['lags'] = lags;
  else delete section['lags'];
}

/** The entries of `list` that `wanted` keeps, with the source paths of `topology.<key>.N` renumbered to match. */
function keep(sources: SourceMap, key: string, list: readonly Entry[], wanted: (e: Entry) => boolean): Entry[] {
  const prefix = `topology.${key}.`;
  const moves = new Map<number, number>();
  const kept = list.filter((e, i) => wanted(e) && (moves.set(i, moves.size), true));
  const moved: [string, SourceLocation][] = [];
  for (const [path, at] of [...sources]) {
    if (!path.startsWith(prefix)) continue;
    const [index, ...rest] = path.slice(prefix.length).split('.');
    const to = moves.get(Number(index));
    sources.delete(path);
    if (to !== undefined) moved.push([[`${prefix}${to}`, ...rest].join('.'), at]);
  }
  for (const [path, at] of moved) sources.set(path, at);
  return kept;
}

function addressBook(hosts: readonly HostConfigs[], log: ImportLog): Map<string, string> {
  const book = new Map<string, string>();
  const add = (a: Located<string>, host: string) => {
    const other = book.get(a.value);
    if (other && other !== host) log.error(a.at, 'FL422', `address ${a.value} is given to both ${other} and ${host}`, 'an address names one host');
    else book.set(a.value, host);
  };
  for (const h of hosts) {
    if (h.host.address) add(h.host.address, h.host.name.value);
    for (const a of h.bonding?.addresses ?? []) add(a, h.host.name.value);
  }
  return book;
}

function bondEntry(b: ImportedBond, host: string, k: number, book: ReadonlyMap<string, string>, sources: SourceMap, log: ImportLog): Entry | undefined {
  const at = ['topology', 'bonds', k];
  const mode = b.mode?.value ?? 'balance-rr';
  if (b.slaves.length === 0) {
    log.error(b.at, 'FL419', `bond ${b.name.value} of ${host} has no slaves`, 'list them (interfaces:, bond-slaves) or give the slaves bond-master');
    return undefined;
  }
  const miimon = b.miimon?.value ?? 0;
  const arpInterval = b.arpInterval?.value ?? 0;
  if (miimon > 0 && arpInterval > 0) {
    log.error(b.arpInterval!.at, 'FL421', `bond ${b.name.value} of ${host} sets both MII (miimon ${miimon}) and ARP (arp_interval ${arpInterval}) monitoring`, 'the kernel runs one of them, and which depends on the tool applying the settings: keep one');
    return undefined;
  }
  sources.set(at.join('.'), b.at);
  const entry: Entry = {
    host,
    name: record(sources, [...at, 'name'], b.name),
    mode: b.mode ? record(sources, [...at, 'mode'], b.mode) : mode,
    slaves: b.slaves.map((s, i) => record(sources, [...at, 'slaves', i], s)),
    ...(b.primary ? { primary: record(sources, [...at, 'primary'], b.primary) } : {}),
  };
  if (arpInterval > 0 && b.arpTargets.length === 0) log.warn(b.arpInterval!.at, 'FL407', `bond ${b.name.value} of ${host} has arp_interval but no ARP target: the kernel turns ARP monitoring off`, 'add the targets (arp-ip-targets, bond-arp-ip-target); the bond is checked without a link monitor');
  if (arpInterval > 0 && b.arpTargets.length > 0) {
    const targets: string[] = [];
    for (const t of b.arpTargets) {
      const name = book.get(t.value);
      if (!name) log.error(t.at, 'FL422', `ARP target ${t.value} of ${host}'s ${b.name.value} is no host of the manifest`, `give the host or router that answers it address: ${t.value} in the manifest's hosts:`);
      else {
        sources.set([...at, 'monitor', 'arp', 'targets', targets.length].join('.'), t.at);
        targets.push(name);
      }
    }
    if (targets.length < b.arpTargets.length) return undefined;
    entry['monitor'] = {
      arp: {
        interval: record(sources, [...at, 'monitor', 'arp', 'interval'], b.arpInterval!),
        targets,
        ...(b.arpValidate ? { validate: record(sources, [...at, 'monitor', 'arp', 'validate'], b.arpValidate) } : {}),
        ...(b.arpAllTargets ? { all_targets: record(sources, [...at, 'monitor', 'arp', 'all_targets'], b.arpAllTargets) } : {}),
      },
    };
    return entry;
  }
  const defaulted = miimon === 0 && MII_ONLY.includes(mode);
  if (b.miimon) sources.set([...at, 'monitor', 'mii', 'miimon'].join('.'), b.miimon.at);
  entry['monitor'] = {
    mii: {
      miimon: defaulted ? 100 : miimon,
      ...(b.updelay ? { updelay: record(sources, [...at, 'monitor', 'mii', 'updelay'], b.updelay) } : {}),
      ...(b.downdelay ? { downdelay: record(sources, [...at, 'monitor', 'mii', 'downdelay'], b.downdelay) } : {}),
      ...(b.useCarrier ? { use_carrier: record(sources, [...at, 'monitor', 'mii', 'use_carrier'], b.useCarrier) } : {}),
    },
  };
  return entry;
}

function lacpEnd(b: ImportedBond, host: string, k: number, sources: SourceMap): Entry {
  const at = ['topology', 'lags', k];
  sources.set(at.join('.'), b.at);
  return {
    name: b.name.value,
    node: host,
    mode: 'active',
    rate: b.lacpRate ? record(sources, [...at, 'rate'], b.lacpRate) : 'slow',
    ...(b.minLinks && b.minLinks.value >= 1 ? { min_links: record(sources, [...at, 'min_links'], b.minLinks) } : {}),
  };
}
