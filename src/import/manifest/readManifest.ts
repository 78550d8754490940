/**
 * Reads a site manifest (YAML): `hosts:` maps each host name to the config files to import
 * (`keepalived`, `drbd`, `resolv`, `bonding`, `root`, `scripts`, `address`, `supervisor`); `topology:` (a
 * netlab file) or `containerlab:` name the lab; `design:` picks the kind when several could be
 * built; `faults:`, `check:` and `workload:` pass into the design.
 * Relative paths start at the manifest's directory. Shape errors are FL410 at their key.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { isMap, isScalar, type Node } from 'yaml';
import type { SourceLocation } from '../../core/errors.js';
import { closestMatch } from '../../design/didYouMean.js';
import { parseYaml, locationAt, type ParsedYaml } from '../../design/parseYaml.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { ManifestHost, SiteManifest } from './siteManifest.js';

const TOP = ['faultline', 'name', 'description', 'design', 'service', 'strict', 'hosts', 'topology', 'containerlab', 'faults', 'check', 'workload'];
const PASSTHROUGH = ['faults', 'check', 'workload'];
const HOST_KEYS = ['keepalived', 'drbd', 'resolv', 'bonding', 'root', 'scripts', 'address', 'supervisor'];

/** Whether parsed YAML data looks like a site manifest (a `hosts:` or lab key, no design section). */
export function isSiteManifest(data: unknown, sections: readonly string[]): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  if (sections.some((k) => typeof d[k] === 'object' && d[k] !== null)) return false;
  return 'hosts' in d || typeof d['containerlab'] === 'string' || typeof d['topology'] === 'string';
}

/** Reads the manifest text of `file`. */
export function readManifest(text: string, file: string, log: ImportLog): SiteManifest {
  const parsed = parseYaml(text, file);
  const root = parsed.document.contents;
  const at0: SourceLocation = { file, line: 1, column: 1 };
  if (!isMap(root)) log.fail(at0, 'FL410', 'a site manifest is a map with a `hosts:` key', 'write: hosts: { nfs1: { keepalived: nfs1/keepalived.conf } }');
  const base = dirname(file);
  const entries = mapEntries(parsed, root);
  const manifest: { -readonly [K in keyof SiteManifest]: SiteManifest[K] } = { file, name: defaultName(file), strict: false, hosts: [], passthrough: {}, at: at0 };
  const passthrough: Record<string, { value: unknown; at: SourceLocation }> = {};
  for (const [key, { node, at }] of entries) {
    const value = node?.toJSON() as unknown;
    if (!TOP.includes(key)) {
      const guess = closestMatch(key, TOP);
      log.error(at, 'FL410', `unknown manifest key "${key}"`, guess ? `did you mean "${guess}"?` : `known keys: ${TOP.join(', ')}`);
    } else if (key === 'faultline') {
      if (value !== 1) log.error(at, 'FL410', 'faultline: must be 1', 'write: faultline: 1');
    } else if (key === 'name' || key === 'description') {
      if (typeof value !== 'string') log.error(at, 'FL410', `${key}: must be text`, `write: ${key}: ...`);
      else manifest[key] = value;
    } else if (key === 'strict') manifest.strict = value === true;
    else if (key === 'design' && typeof value === 'string') manifest.design = { value, at };
    else if (key === 'service') {
      if (value === 'nfs' || value === 'dns') manifest.service = { value, at };
      else log.error(at, 'FL410', 'service: must be nfs or dns', 'write: service: nfs');
    } else if ((key === 'topology' || key === 'containerlab') && typeof value === 'string') manifest[key] = { value: resolve(base, value), at };
    else if (key === 'hosts') manifest.hosts = readHosts(parsed, node, at, base, log);
    else if (PASSTHROUGH.includes(key)) passthrough[key] = { value, at };
    else log.error(at, 'FL410', `${key}: must be a path or a name`, `write: ${key}: <value>`);
  }
  manifest.passthrough = passthrough;
  return manifest;
}

function defaultName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/, '').replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z0-9]/.test(base) ? base : `site-${base}`;
}

function mapEntries(parsed: ParsedYaml, node: unknown): [string, { node: Node | null; at: SourceLocation; valueAt: SourceLocation }][] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    if (!isScalar(pair.key)) return [];
    const key = String(pair.key.value);
    const at = locationAt(parsed, pair.key.range?.[0] ?? 0);
    const valueNode = (pair.value as Node | null) ?? null;
    const valueAt = valueNode?.range ? locationAt(parsed, valueNode.range[0]) : at;
    return [[key, { node: valueNode, at, valueAt }]];
  });
}

function readHosts(parsed: ParsedYaml, node: Node | null, at: SourceLocation, base: string, log: ImportLog): ManifestHost[] {
  if (!isMap(node)) {
    log.error(at, 'FL410', 'hosts: must map host names to their config files', 'write: hosts: { nfs1: { keepalived: nfs1/keepalived.conf } }');
    return [];
  }
  return mapEntries(parsed, node).map(([name, entry]) => {
    const scripts = new Map<string, Located<string>>();
    const host: { -readonly [K in keyof ManifestHost]: ManifestHost[K] } = { name: { value: name, at: entry.at }, scripts };
    if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) log.error(entry.at, 'FL410', `host name "${name}" must start with a letter and hold letters, digits, _ . -`, 'use the host name as in the configs');
    for (const [key, v] of mapEntries(parsed, entry.node)) {
      const value = v.node?.toJSON() as unknown;
      const path = (p: unknown): Located<string> | undefined => (typeof p === 'string' && p !== '' ? { value: isAbsolute(p) ? p : resolve(base, p), at: v.valueAt } : undefined);
      if (!HOST_KEYS.includes(key)) {
        const guess = closestMatch(key, HOST_KEYS);
        log.error(v.at, 'FL410', `unknown host key "${key}"`, guess ? `did you mean "${guess}"?` : `known keys: ${HOST_KEYS.join(', ')}`);
      } else if (key === 'address') {
        if (typeof value === 'string') host.address = { value, at: v.valueAt };
        else log.error(v.at, 'FL410', 'address: must be an IPv4 address', 'write: address: 192.0.2.11');
      } else if (key === 'scripts') {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) log.error(v.at, 'FL410', 'scripts: must map script paths to files', 'write: scripts: { /usr/local/sbin/drbd-master: nfs1/drbd-master }');
        else for (const [script, file] of Object.entries(value)) {
          const p = path(file);
          if (p) scripts.set(script, p);
          else log.error(v.at, 'FL410', `scripts: ${script} must name a file`, 'write: /usr/local/sbin/drbd-master: nfs1/drbd-master');
        }
      } else if (key === 'bonding') {
        const list = (Array.isArray(value) ? value : [value]).map(path);
        if (list.some((p) => p === undefined)) log.error(v.at, 'FL410', 'bonding: must name a file or a list of files', 'write: bonding: nfs1/netplan.yaml');
        else host.bonding = list as Located<string>[];
      } else {
        const p = path(value);
        if (p) host[key as 'keepalived' | 'drbd' | 'resolv' | 'root' | 'supervisor'] = p;
        else log.error(v.at, 'FL410', `${key}: must name a file`, `write: ${key}: <path>`);
      }
    }
    return host;
  });
}
