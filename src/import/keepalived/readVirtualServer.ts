/** Reads `virtual_server` blocks with their `real_server`s and checkers (keepalived.conf(5), LVS). */
import type { ConfStatement } from '../conf/confStatement.js';
import { flagArg, intArg, joinedArgs, setRead, wordArg } from '../conf/statementArgs.js';
import { unknownKeyword, unmodelled } from '../conf/unknownKeyword.js';
import type { ImportLog } from '../importLog.js';
import type { CheckerConf, RealServerConf, VirtualServerConf } from './keepalivedConf.js';
import { MISC_MODELLED, MISC_UNMODELLED, RS_MODELLED, RS_UNMODELLED, VS_MODELLED, VS_UNMODELLED } from './keywordLists.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CHECKERS = RS_MODELLED.filter((k) => k !== 'weight');

/** `virtual_server ADDRESS PORT { ... }` or `virtual_server group NAME { ... }`. */
export function readVirtualServer(s: ConfStatement, log: ImportLog): VirtualServerConf {
  const out: Mutable<VirtualServerConf> = { at: s.at, realServers: [] };
  const [first, second] = s.args;
  if (first?.value === 'group' || first?.value === 'fwmark') {
    if (first.value === 'fwmark') log.warn(first.at, 'FL407', 'virtual_server fwmark is not modelled', 'write the address and port');
    else if (second) out.group = second;
    else log.error(first.at, 'FL405', 'virtual_server group needs a group name', 'write: virtual_server group DNS {');
  } else if (first) {
    out.address = first;
    const port = intArg(s, log, 0, 65535, 1);
    if (port) out.port = port;
  } else log.error(s.at, 'FL405', 'virtual_server needs an address and a port', 'write: virtual_server 192.0.2.53 53 {');
  const where = `virtual_server ${s.args.map((a) => a.value).join(' ')}`;
  const realServers: RealServerConf[] = [];
  for (const d of s.block ?? []) {
    switch (d.keyword) {
      case 'delay_loop':
        setRead(out, 'delayLoop', intArg(d, log, 1, 86400));
        break;
      case 'lb_algo':
      case 'lvs_sched':
        setRead(out, 'sched', wordArg(d, log));
        break;
      case 'lb_kind':
      case 'lvs_method':
        setRead(out, 'method', wordArg(d, log));
        break;
      case 'protocol':
        setRead(out, 'protocol', wordArg(d, log));
        break;
      case 'alpha':
        out.alpha = flagArg(d, log);
        break;
      case 'retry':
        setRead(out, 'retry', intArg(d, log, 0, 100));
        break;
      case 'delay_before_retry':
        setRead(out, 'delayBeforeRetry', intArg(d, log, 0, 86400));
        break;
      case 'real_server':
        realServers.push(readRealServer(d, log));
        break;
      default:
        if (VS_UNMODELLED.includes(d.keyword)) unmodelled(d, where, log);
        else unknownKeyword(d, where, [...VS_MODELLED, ...VS_UNMODELLED], log);
    }
  }
  out.realServers = realServers;
  return out;
}

function readRealServer(s: ConfStatement, log: ImportLog): RealServerConf {
  const address = wordArg(s, log) ?? { value: '', at: s.at };
  const out: Mutable<RealServerConf> = { at: s.at, address, checkers: [] };
  if (s.args[1]) setRead(out, 'port', intArg(s, log, 0, 65535, 1));
  const where = `real_server ${s.args.map((a) => a.value).join(' ')}`;
  const checkers: CheckerConf[] = [];
  for (const d of s.block ?? []) {
    if (d.keyword === 'weight') setRead(out, 'weight', intArg(d, log, 0, 65535));
    else if (CHECKERS.includes(d.keyword)) checkers.push(readChecker(d, log));
    else if (RS_UNMODELLED.includes(d.keyword)) unmodelled(d, where, log);
    else unknownKeyword(d, where, [...RS_MODELLED, ...RS_UNMODELLED], log);
  }
  out.checkers = checkers;
  return out;
}

function readChecker(s: ConfStatement, log: ImportLog): CheckerConf {
  const out: Mutable<CheckerConf> = { kind: { value: s.keyword, at: s.at } };
  if (s.keyword !== 'MISC_CHECK') {
    unmodelled(s, 'real_server', log, 'the LVS model runs MISC_CHECK (dig) health checks only');
    return out;
  }
  for (const d of s.block ?? []) {
    switch (d.keyword) {
      case 'misc_path':
        setRead(out, 'miscPath', joinedArgs(d) ?? wordArg(d, log));
        break;
      case 'misc_timeout':
        setRead(out, 'miscTimeout', intArg(d, log, 1, 86400));
        break;
      case 'retry':
      case 'nb_get_retry':
        setRead(out, 'retry', intArg(d, log, 0, 100));
        break;
      case 'delay_before_retry':
        setRead(out, 'delayBeforeRetry', intArg(d, log, 0, 86400));
        break;
      case 'connect_timeout':
        setRead(out, 'connectTimeout', intArg(d, log, 1, 86400));
        break;
      default:
        if (MISC_UNMODELLED.includes(d.keyword)) unmodelled(d, 'MISC_CHECK', log);
        else unknownKeyword(d, 'MISC_CHECK', [...MISC_MODELLED, ...MISC_UNMODELLED], log);
    }
  }
  return out;
}
