/**
 * Reads /etc/resolv.conf (resolv.conf(5), glibc): `nameserver` lines in order and
 * `options timeout:n attempts:n rotate`. `search`, `domain`, `sortlist` and other options are
 * FL407 warnings; a malformed line is FL405 at its position. Later `options` lines add to
 * earlier ones, as in glibc; RES_OPTIONS in the environment is not read.
 */
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { readConfigFile } from '../readConfigFile.js';

/** The resolver settings faultline models. */
export interface ResolvConf {
  readonly file: string;
  readonly nameservers: readonly Located<string>[];
  readonly timeout?: Located<number>;
  readonly attempts?: Located<number>;
  readonly rotate?: Located<boolean>;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Reads the file at `file`. */
export function readResolvConf(file: string, log: ImportLog): ResolvConf {
  const text = readConfigFile(file, log);
  return text === undefined ? { file, nameservers: [] } : parseResolvConf(text, file, log);
}

/** Parses resolv.conf text. */
export function parseResolvConf(text: string, file: string, log: ImportLog): ResolvConf {
  const nameservers: Located<string>[] = [];
  const out: { timeout?: Located<number>; attempts?: Located<number>; rotate?: Located<boolean> } = {};
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/[#;].*$/, '');
    const words = [...line.matchAll(/\S+/g)].map((m) => ({ value: m[0], at: { file, line: index + 1, column: (m.index ?? 0) + 1 } }));
    const [key, ...args] = words;
    if (!key) return;
    if (key.value === 'nameserver') {
      const address = args[0];
      if (!address) log.error(key.at, 'FL405', 'nameserver needs an address', 'write: nameserver 192.0.2.53');
      else if (!IPV4.test(address.value)) {
        if (address.value.includes(':')) log.warn(address.at, 'FL407', `nameserver ${address.value}: IPv6 servers are not modelled`, 'the resolver model takes IPv4 addresses');
        else log.error(address.at, 'FL405', `nameserver "${address.value}" is not an IPv4 address`, 'write: nameserver 192.0.2.53');
      } else {
        if (nameservers.length === 3) log.warn(address.at, 'FL407', `nameserver ${address.value}: glibc uses the first 3 nameservers only (MAXNS)`, 'this line has no effect');
        else nameservers.push(address);
      }
      return;
    }
    if (key.value === 'options') {
      for (const option of args) readOption(option, out, log);
      return;
    }
    if (['search', 'domain', 'sortlist', 'lookup', 'family'].includes(key.value)) log.warn(key.at, 'FL407', `${key.value} is not modelled`, 'the resolver model counts server timeouts, not names');
    else log.warn(key.at, 'FL406', `unknown resolv.conf keyword "${key.value}": ignored`, 'glibc ignores unknown lines too');
  });
  return { file, nameservers, ...out };
}

function readOption(option: Located<string>, out: { timeout?: Located<number>; attempts?: Located<number>; rotate?: Located<boolean> }, log: ImportLog): void {
  const m = /^(timeout|attempts):(.*)$/.exec(option.value);
  if (m) {
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : NaN;
    if (!Number.isSafeInteger(n)) {
      log.error(option.at, 'FL405', `options ${m[1]}: needs a whole number, got "${m[2]}"`, `write: options ${m[1]}:2`);
      return;
    }
    // glibc clamps: timeout to RES_MAXRETRANS (30), attempts to RES_MAXRETRY (5).
    const limit = m[1] === 'timeout' ? 30 : 5;
    if (n > limit) log.warn(option.at, 'FL407', `options ${option.value}: glibc caps ${m[1]} at ${limit}`, `read as ${m[1]}:${limit}`);
    out[m[1] as 'timeout' | 'attempts'] = { value: Math.max(m[1] === 'timeout' ? 1 : 1, Math.min(n, limit)), at: option.at };
  } else if (option.value === 'rotate') out.rotate = { value: true, at: option.at };
  else log.warn(option.at, 'FL407', `options ${option.value} is not modelled`, 'the resolver model reads timeout, attempts and rotate');
}
