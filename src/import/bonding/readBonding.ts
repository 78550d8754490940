/**
 * Reads a host's bonding files (the manifest's `bonding:`, a file, a directory of files or a
 * list): netplan YAML, ifupdown `/etc/network/interfaces`, or `/proc/net/bonding/bondN`
 * status text, told apart by their content. A file of none of these kinds is FL420; a
 * directory is read file by file in name order (a copy of /proc/net/bonding, of
 * /etc/netplan). Nothing read is executed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { readConfigFile } from '../readConfigFile.js';
import { parseYamlConfig } from '../yaml/readYamlConfig.js';
import type { BondingConf } from './bondingConf.js';
import { readInterfacesBonds } from './readInterfacesBonds.js';
import { readNetplanBonds } from './readNetplanBonds.js';
import { readProcBonding } from './readProcBonding.js';

/** Reads every file `paths` name, in order. */
export function readBonding(paths: readonly Located<string>[], log: ImportLog): BondingConf {
  const read = paths.flatMap((p) => filesOf(p, log).map((file) => {
    const text = readConfigFile(file, log, p.at);
    return text === undefined ? { bonds: [], addresses: [] } : parseBondingText(text, file, log);
  }));
  return { bonds: read.flatMap((r) => r.bonds), addresses: read.flatMap((r) => r.addresses) };
}

function filesOf(p: Located<string>, log: ImportLog): string[] {
  try {
    if (!statSync(p.value).isDirectory()) return [p.value];
    const files = readdirSync(p.value).filter((f) => !f.startsWith('.')).sort().map((f) => join(p.value, f));
    if (files.length === 0) log.warn(p.at, 'FL403', `${p.value} holds no files`, 'name the directory holding the bonding files');
    return files;
  } catch {
    return [p.value];
  }
}

/** The kind of bonding file `text` is, by its content. */
export function bondingFormat(text: string, file: string): 'netplan' | 'ifupdown' | 'proc' | undefined {
  if (/^(Ethernet Channel Bonding Driver:|Bonding Mode:)/m.test(text)) return 'proc';
  if (/^network\s*:/m.test(text) || /\.ya?ml$/.test(file)) return 'netplan';
  if (/^\s*(iface|auto|allow-[\w-]+|source|source-directory|mapping)\s/m.test(text)) return 'ifupdown';
  return undefined;
}

/** Parses one bonding file's text. */
export function parseBondingText(text: string, file: string, log: ImportLog): BondingConf {
  const format = bondingFormat(text, file);
  if (format === 'proc') return readProcBonding(text, file, log);
  if (format === 'ifupdown') return readInterfacesBonds(text, file, log);
  if (format === 'netplan') {
    const y = parseYamlConfig(text, file, log);
    return y ? readNetplanBonds(y, log) : { bonds: [], addresses: [] };
  }
  log.error({ file, line: 1, column: 1 }, 'FL420', `${file} is no bonding file faultline reads`, 'give netplan YAML (network: bonds:), an /etc/network/interfaces file with bond-* options, or a /proc/net/bonding/bondN status file');
  return { bonds: [], addresses: [] };
}
