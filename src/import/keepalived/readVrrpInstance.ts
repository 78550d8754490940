/** Reads one `vrrp_instance NAME { ... }` block (keepalived.conf(5), "VRRP instance(s)"). */
import type { ConfStatement } from '../conf/confStatement.js';
import { decimalArg, flagArg, intArg, joinedArgs, setRead, wordArg } from '../conf/statementArgs.js';
import { unknownKeyword, unmodelled } from '../conf/unknownKeyword.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { NotifyHook, TrackRef, VrrpInstanceConf } from './keepalivedConf.js';
import { INSTANCE_MODELLED, INSTANCE_UNMODELLED } from './keywordLists.js';
import { readGarpKeyword, type GarpConf } from './readGarp.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The instance, or undefined when it has no name. */
export function readVrrpInstance(s: ConfStatement, log: ImportLog): VrrpInstanceConf | undefined {
  const name = wordArg(s, log);
  if (!name) return undefined;
  const where = `vrrp_instance ${name.value}`;
  const garp: Mutable<GarpConf> = {};
  const out: Mutable<VrrpInstanceConf> = { name, vips: [], unicastPeers: [], trackScripts: [], trackInterfaces: [], notify: {}, garp };
  const notify: Partial<Record<NotifyHook, Located<string>>> = {};
  for (const d of s.block ?? []) {
    switch (d.keyword) {
      case 'state': {
        const v = wordArg(d, log);
        if (v && v.value !== 'MASTER' && v.value !== 'BACKUP') log.error(v.at, 'FL405', `state must be MASTER or BACKUP, got "${v.value}"`, 'write: state BACKUP');
        else if (v) out.state = { value: v.value as 'MASTER' | 'BACKUP', at: v.at };
        break;
      }
      case 'interface':
        setRead(out, 'interface', wordArg(d, log));
        break;
      case 'virtual_router_id':
        setRead(out, 'vrid', intArg(d, log, 1, 255));
        break;
      case 'priority':
        setRead(out, 'priority', intArg(d, log, 1, 255));
        break;
      case 'advert_int':
        setRead(out, 'advertInt', advertInt(d, log));
        break;
      case 'version': {
        const v = intArg(d, log, 2, 3);
        if (v) out.version = { value: v.value as 2 | 3, at: v.at };
        break;
      }
      case 'nopreempt':
        out.nopreempt = flagArg(d, log);
        break;
      case 'preempt':
        flagArg(d, log);
        delete out.nopreempt;
        break;
      case 'preempt_delay':
        setRead(out, 'preemptDelay', intArg(d, log, 0, 1000));
        break;
      case 'authentication':
        for (const a of d.block ?? []) {
          if (a.keyword === 'auth_type') setRead(out, 'authType', wordArg(a, log));
          else if (a.keyword !== 'auth_pass') unknownKeyword(a, 'authentication', ['auth_type', 'auth_pass'], log);
        }
        unmodelled(d, where, log, 'adverts are assumed authentic (keepalived removed AH; PASS is plain text)');
        break;
      case 'virtual_ipaddress':
        out.vips = addresses(d, log);
        break;
      case 'unicast_peer':
        out.unicastPeers = addresses(d, log);
        break;
      case 'track_script':
        out.trackScripts = tracks(d, log, -253, 253);
        break;
      case 'track_interface':
        out.trackInterfaces = tracks(d, log, -253, 253);
        break;
      case 'notify_master':
      case 'notify_backup':
      case 'notify_fault':
      case 'notify_stop':
      case 'notify': {
        const hook = (d.keyword === 'notify' ? 'notify' : d.keyword.slice('notify_'.length)) as NotifyHook;
        const command = joinedArgs(d);
        if (command) notify[hook] = command;
        else wordArg(d, log);
        break;
      }
      default:
        if (readGarpKeyword(d, garp, log, false)) break;
        if (INSTANCE_UNMODELLED.includes(d.keyword)) unmodelled(d, where, log);
        else unknownKeyword(d, where, [...INSTANCE_MODELLED, ...INSTANCE_UNMODELLED], log);
    }
  }
  out.notify = notify;
  return out;
}

/**
 * advert_int in seconds, 0.01..255 as keepalived accepts it (PROTOCOLS.md §1.2,
 * `vrrp_adv_handler`): sub-second values are VRRPv3 centiseconds, so anything finer than
 * 0.01 s is refused. Whether the version allows a fraction is the design kind's check
 * (FL235 at this line), where the version is known.
 */
function advertInt(d: ConfStatement, log: ImportLog): Located<number> | undefined {
  const v = decimalArg(d, log, 0.01, 255);
  if (v && Math.abs(v.value * 100 - Math.round(v.value * 100)) > 1e-9) {
    log.error(v.at, 'FL405', `advert_int ${v.value}: VRRP counts intervals in centiseconds`, 'use a multiple of 0.01 s (e.g. 0.5 with version 3)');
    return undefined;
  }
  return v;
}

/** The first word of each line of a `{ ... }` list (an address, with `dev`/`label` options ignored). */
function addresses(d: ConfStatement, log: ImportLog): Located<string>[] {
  if (!d.block) {
    log.error(d.at, 'FL404', `${d.keyword} takes a { ... } block`, `write: ${d.keyword} { 192.0.2.10/24 }`);
    return [];
  }
  return d.block.map((line) => ({ value: line.keyword, at: line.at }));
}

/** `track_script { chk weight -20 }` or `track_interface { eth0 weight 10 }`. */
function tracks(d: ConfStatement, log: ImportLog, min: number, max: number): TrackRef[] {
  if (!d.block) {
    log.error(d.at, 'FL404', `${d.keyword} takes a { ... } block`, `write: ${d.keyword} { name }`);
    return [];
  }
  return d.block.map((line) => {
    const name = { value: line.keyword, at: line.at };
    if (line.args.length === 0) return { name };
    if (line.args[0]!.value !== 'weight') {
      log.warn(line.args[0]!.at, 'FL407', `"${line.args.map((a) => a.value).join(' ')}" after ${line.keyword} is not modelled`, 'only "weight N" is read');
      return { name };
    }
    const weight = intArg({ ...line, keyword: 'weight' }, log, min, max, 1);
    if (line.args.length > 2) log.warn(line.args[2]!.at, 'FL407', `"${line.args.slice(2).map((a) => a.value).join(' ')}" after the weight is not modelled`, 'reverse weights are not read');
    return weight ? { name, weight } : { name };
  });
}
