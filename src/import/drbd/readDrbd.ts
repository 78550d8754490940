/**
 * Reads DRBD configuration: drbd.conf with its includes, or a directory of .res and .conf
 * files (drbd.d/). `common` settings apply to every resource unless the resource sets its
 * own; `protocol` may sit in the resource (8.3/8.4) or in `net` (8.4, 9); `fencing` in `disk`
 * (8.4) or `net` (9). Settings faultline does not model are FL407 warnings at their line.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfStatement } from '../conf/confStatement.js';
import { readConfWithIncludes } from '../conf/expandIncludes.js';
import { parseConfStatements } from '../conf/parseConfStatements.js';
import { tokenizeConf } from '../conf/tokenizeConf.js';
import { unknownKeyword, unmodelled } from '../conf/unknownKeyword.js';
import { wordArg } from '../conf/statementArgs.js';
import type { ImportLog } from '../importLog.js';
import type { DrbdConf, DrbdHostConf, DrbdPolicies, DrbdResourceConf } from './drbdConf.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SECTIONS = ['net', 'disk', 'options', 'handlers', 'startup', 'syncer', 'proxy'];
const HOST_KEYS = ['device', 'disk', 'address', 'meta-disk', 'flexible-meta-disk', 'node-id', 'volume'];
const POLICIES: Readonly<Record<string, { key: keyof DrbdPolicies; values: readonly string[] }>> = {
  protocol: { key: 'protocol', values: ['A', 'B', 'C'] },
  fencing: { key: 'fencing', values: ['dont-care', 'resource-only', 'resource-and-stonith'] },
  'allow-two-primaries': { key: 'allowTwoPrimaries', values: ['yes', 'no'] },
  'after-sb-0pri': { key: 'afterSb0pri', values: ['disconnect', 'discard-younger-primary', 'discard-older-primary', 'discard-zero-changes', 'discard-least-changes', 'discard-node-NODENAME'] },
  'after-sb-1pri': { key: 'afterSb1pri', values: ['disconnect', 'consensus', 'violently-as0p', 'discard-secondary', 'call-pri-lost-after-sb'] },
  'after-sb-2pri': { key: 'afterSb2pri', values: ['disconnect', 'violently-as0p', 'call-pri-lost-after-sb'] },
};

/** Parses DRBD text (semicolon mode, `#` comments). */
export function parseDrbdText(text: string, file: string, log: ImportLog): ConfStatement[] {
  return parseConfStatements(tokenizeConf(text, file, { comments: '#', semicolons: true }, log), true, log);
}

/** Reads a drbd.conf (with includes) or every `*.res`/`*.conf` file of a directory. */
export function readDrbd(path: string, log: ImportLog): DrbdConf {
  const parse = (text: string, f: string) => parseDrbdText(text, f, log);
  let statements: ConfStatement[];
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (isDir) {
    const files = readdirSync(path).filter((n) => /\.(res|conf)$/.test(n) && !n.startsWith('.')).sort((a, b) => Number(b === 'global_common.conf') - Number(a === 'global_common.conf') || a.localeCompare(b));
    statements = files.flatMap((n) => readConfWithIncludes(join(path, n), parse, log));
  } else statements = readConfWithIncludes(path, parse, log);
  return drbdFromStatements(statements, log);
}

/** Builds the configuration from parsed statements. */
export function drbdFromStatements(statements: readonly ConfStatement[], log: ImportLog): DrbdConf {
  const common: Mutable<DrbdPolicies> = {};
  const resources: DrbdResourceConf[] = [];
  for (const s of statements) {
    if (s.keyword === 'global') (s.block ?? []).forEach((d) => unmodelled(d, 'global', log));
    else if (s.keyword === 'common') readPolicies(s.block ?? [], common, 'common', log, false);
    else if (s.keyword === 'resource') {
      const resource = readResource(s, log);
      if (resource) resources.push(resource);
    } else if (s.keyword === 'skip') continue;
    else unknownKeyword(s, 'drbd.conf', ['global', 'common', 'resource', 'include', 'skip'], log);
  }
  return { common, resources: resources.map((r) => ({ ...inherit(common, r), ...r })) };
}

function inherit(common: DrbdPolicies, r: DrbdResourceConf): DrbdPolicies {
  const out: Mutable<DrbdPolicies> = {};
  for (const [k, v] of Object.entries(common) as [keyof DrbdPolicies, DrbdPolicies[keyof DrbdPolicies]][]) if (r[k] === undefined && v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function readResource(s: ConfStatement, log: ImportLog): DrbdResourceConf | undefined {
  const name = wordArg(s, log);
  if (!name) return undefined;
  const policies: Mutable<DrbdPolicies> = {};
  const hosts: DrbdHostConf[] = [];
  const where = `resource ${name.value}`;
  const resourceLevel: ConfStatement[] = [];
  for (const d of s.block ?? []) {
    if (d.keyword === 'on' || d.keyword === 'floating') {
      const host = readHost(d, log);
      if (host) hosts.push(host);
    } else if (HOST_KEYS.includes(d.keyword)) resourceLevel.push(d);
    else if (d.keyword === 'connection' || d.keyword === 'connection-mesh' || d.keyword === 'stacked-on-top-of') unmodelled(d, where, log, 'the model has one connection between two hosts');
    else readPolicies([d], policies, where, log, true);
  }
  const shared = resourceLevel.length > 0 ? readHostKeys(resourceLevel, log) : {};
  return { name, at: s.at, hosts: hosts.map((h) => ({ ...shared, ...h })), ...policies };
}

function readHost(s: ConfStatement, log: ImportLog): DrbdHostConf | undefined {
  const name = wordArg(s, log);
  if (!name) return undefined;
  if (s.keyword === 'floating') log.warn(s.at, 'FL407', 'floating sections are read as hosts named by their address', 'name hosts with `on HOST`');
  return { name, ...readHostKeys(s.block ?? [], log) };
}

function readHostKeys(block: readonly ConfStatement[], log: ImportLog): Omit<DrbdHostConf, 'name'> {
  const out: Mutable<Omit<DrbdHostConf, 'name'>> = {};
  for (const d of block) {
    const v = d.keyword === 'volume' || d.keyword === 'node-id' ? undefined : wordArg(d, log);
    if (d.keyword === 'device' && v) out.device = v;
    else if (d.keyword === 'disk' && v) out.disk = v;
    else if (d.keyword === 'address' && v) out.address = d.args.length > 1 ? { value: d.args.map((a) => a.value).join(' '), at: v.at } : v;
    else if ((d.keyword === 'meta-disk' || d.keyword === 'flexible-meta-disk') && v) out.metaDisk = v;
    else if (d.keyword === 'volume') unmodelled(d, 'on', log, 'a resource is one replicated volume in the model');
    else if (d.keyword !== 'node-id' && !HOST_KEYS.includes(d.keyword)) unknownKeyword(d, 'on', HOST_KEYS, log);
  }
  return out;
}

/** Reads policy statements (at resource level or inside its sections) into `out`. */
function readPolicies(block: readonly ConfStatement[], out: Mutable<DrbdPolicies>, where: string, log: ImportLog, inResource: boolean): void {
  for (const d of block) {
    if (SECTIONS.includes(d.keyword) && d.block) {
      for (const inner of d.block) {
        if (d.keyword === 'handlers' && inner.keyword === 'fence-peer') {
          const v = wordArg(inner, log);
          if (v) out.fencePeer = v;
        } else if (POLICIES[inner.keyword]) policy(inner, out, log);
        else unmodelled(inner, `${where} ${d.keyword}`, log);
      }
    } else if (POLICIES[d.keyword]) policy(d, out, log);
    else unknownKeyword(d, where, [...SECTIONS, ...Object.keys(POLICIES), 'on', ...(inResource ? HOST_KEYS : [])], log);
  }
}

function policy(d: ConfStatement, out: Mutable<DrbdPolicies>, log: ImportLog): void {
  const spec = POLICIES[d.keyword]!;
  const v = wordArg(d, log);
  if (!v) return;
  if (!spec.values.includes(v.value) && !(d.keyword === 'after-sb-0pri' && v.value.startsWith('discard-node-'))) {
    log.error(v.at, 'FL405', `${d.keyword} must be one of ${spec.values.join(', ')}, got "${v.value}"`, `see drbd.conf(5), ${d.keyword}`);
    return;
  }
  if (spec.key === 'allowTwoPrimaries') out.allowTwoPrimaries = { value: v.value === 'yes', at: v.at };
  else (out as Record<string, unknown>)[spec.key] = v;
}
