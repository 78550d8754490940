/**
 * Reads a keepalived.conf and everything it includes into a {@link KeepalivedConf}. Lines
 * prefixed `@host` (or `@^host`) apply only on that host (keepalived's conditional
 * configuration); other unknown keywords are FL406 warnings, known ones faultline does not
 * model are FL407 warnings. Nothing in the file is executed.
 */
import type { ConfStatement } from '../conf/confStatement.js';
import { readConfWithIncludes } from '../conf/expandIncludes.js';
import { parseConfStatements } from '../conf/parseConfStatements.js';
import { intArg, joinedArgs, wordArg } from '../conf/statementArgs.js';
import { tokenizeConf } from '../conf/tokenizeConf.js';
import { unknownKeyword, unmodelled } from '../conf/unknownKeyword.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { KeepalivedConf, NotifyHook, SyncGroupConf, VirtualServerGroupConf, VrrpScriptConf } from './keepalivedConf.js';
import { GLOBAL_DEFS_KEYWORDS, SCRIPT_MODELLED, SCRIPT_UNMODELLED } from './keywordLists.js';
import { readGarpKeyword, type GarpConf } from './readGarp.js';
import { readVirtualServer } from './readVirtualServer.js';
import { readVrrpInstance } from './readVrrpInstance.js';

const TOP_LEVEL = ['global_defs', 'vrrp_script', 'vrrp_instance', 'vrrp_sync_group', 'virtual_server', 'virtual_server_group', 'include'];
const TOP_UNMODELLED = ['static_ipaddress', 'static_routes', 'static_rules', 'linkbeat_interfaces', 'garp_group', 'vrrp_track_file', 'track_file', 'vrrp_track_process', 'track_process', 'bfd_instance', 'local_address_group', 'net_namespace', 'instance'];

/** Parses keepalived.conf text into statements (line mode, `#` and `!` comments). */
export function parseKeepalivedText(text: string, file: string, log: ImportLog): ConfStatement[] {
  return parseConfStatements(tokenizeConf(text, file, { comments: '#!', semicolons: false }, log), false, log);
}

/** Reads `file` (and its includes) as keepalived.conf of `host` (for `@host` lines). */
export function readKeepalived(file: string, log: ImportLog, host?: string): KeepalivedConf {
  const statements = readConfWithIncludes(file, (text, f) => parseKeepalivedText(text, f, log), log);
  return keepalivedFromStatements(statements, file, log, host);
}

/** Builds the configuration from already parsed statements. */
export function keepalivedFromStatements(statements: readonly ConfStatement[], file: string, log: ImportLog, host?: string): KeepalivedConf {
  const scripts: VrrpScriptConf[] = [];
  const conf = { file, scripts, instances: [] as KeepalivedConf['instances'][number][], syncGroups: [] as SyncGroupConf[], virtualServers: [] as KeepalivedConf['virtualServers'][number][], virtualServerGroups: [] as VirtualServerGroupConf[] };
  let routerId: Located<string> | undefined;
  let vrrpVersion: Located<2 | 3> | undefined;
  const globalGarp: { -readonly [K in keyof GarpConf]: GarpConf[K] } = {};
  for (const s of resolveConditionals(statements, log, host)) {
    switch (s.keyword) {
      case 'global_defs':
        for (const g of s.block ?? []) {
          if (g.keyword === 'router_id') routerId = wordArg(g, log);
          else if (g.keyword === 'vrrp_version') {
            const v = intArg(g, log, 2, 3);
            if (v) vrrpVersion = { value: v.value as 2 | 3, at: v.at };
          } else if (readGarpKeyword(g, globalGarp, log, true)) continue;
          else if (GLOBAL_DEFS_KEYWORDS.includes(g.keyword)) unmodelled(g, 'global_defs', log);
          else unknownKeyword(g, 'global_defs', GLOBAL_DEFS_KEYWORDS, log);
        }
        break;
      case 'vrrp_script': {
        const script = readScript(s, log);
        if (script) scripts.push(script);
        break;
      }
      case 'vrrp_instance': {
        const instance = readVrrpInstance(s, log);
        if (instance) conf.instances.push(instance);
        break;
      }
      case 'vrrp_sync_group': {
        const group = readSyncGroup(s, log);
        if (group) conf.syncGroups.push(group);
        break;
      }
      case 'virtual_server':
        conf.virtualServers.push(readVirtualServer(s, log));
        break;
      case 'virtual_server_group': {
        const name = wordArg(s, log);
        if (name) conf.virtualServerGroups.push({ name, members: (s.block ?? []).map((m) => ({ address: { value: m.keyword, at: m.at }, ...(m.args[0] ? { port: intArg(m, log, 0, 65535) ?? { value: 0, at: m.at } } : {}) })) });
        break;
      }
      default:
        if (TOP_UNMODELLED.includes(s.keyword)) unmodelled(s, 'keepalived.conf', log);
        else unknownKeyword(s, 'keepalived.conf', [...TOP_LEVEL, ...TOP_UNMODELLED], log);
    }
  }
  return { ...conf, globalGarp, ...(routerId ? { routerId } : {}), ...(vrrpVersion ? { vrrpVersion } : {}) };
}

/** Statements with `@host` lines resolved for `host`, at every depth. */
function resolveConditionals(statements: readonly ConfStatement[], log: ImportLog, host: string | undefined): ConfStatement[] {
  return statements.flatMap((raw) => {
    const s = conditional(raw, log, host);
    return s ? [s.block ? { ...s, block: resolveConditionals(s.block, log, host) } : s] : [];
  });
}

/** `@host keyword ...` applies on `host` only, `@^host` everywhere else. */
function conditional(s: ConfStatement, log: ImportLog, host: string | undefined): ConfStatement | undefined {
  if (!s.keyword.startsWith('@')) return s;
  const negated = s.keyword.startsWith('@^');
  const name = s.keyword.slice(negated ? 2 : 1);
  if (host === undefined) {
    log.warn(s.at, 'FL407', `"${s.keyword}" applies to one host, and the import names none`, 'name the host in the site manifest so @host lines can be resolved');
    return undefined;
  }
  if ((name === host) === negated) return undefined;
  const [head, ...rest] = s.args;
  return head ? { keyword: head.value, at: head.at, args: rest, block: s.block } : undefined;
}

function readScript(s: ConfStatement, log: ImportLog): VrrpScriptConf | undefined {
  const name = wordArg(s, log);
  if (!name) return undefined;
  const out: { -readonly [K in keyof VrrpScriptConf]: VrrpScriptConf[K] } = { name };
  const where = `vrrp_script ${name.value}`;
  for (const d of s.block ?? []) {
    let number: Located<number> | undefined;
    switch (d.keyword) {
      case 'script': {
        const command = joinedArgs(d);
        if (command) out.script = command;
        else wordArg(d, log);
        break;
      }
      case 'interval':
      case 'timeout':
        number = intArg(d, log, 1, 3600);
        if (number) out[d.keyword] = number;
        break;
      case 'fall':
      case 'rise':
        number = intArg(d, log, 1, 255);
        if (number) out[d.keyword] = number;
        break;
      case 'weight':
        number = intArg(d, log, -253, 253);
        if (number) out.weight = number;
        if (d.args.length > 1) log.warn(d.args[1]!.at, 'FL407', `weight ${d.args.slice(1).map((a) => a.value).join(' ')}: only the number is modelled`, 'reverse weights are not read');
        break;
      default:
        if (SCRIPT_UNMODELLED.includes(d.keyword)) unmodelled(d, where, log);
        else unknownKeyword(d, where, [...SCRIPT_MODELLED, ...SCRIPT_UNMODELLED], log);
    }
  }
  return out;
}

function readSyncGroup(s: ConfStatement, log: ImportLog): SyncGroupConf | undefined {
  const name = wordArg(s, log);
  if (!name) return undefined;
  const members: Located<string>[] = [];
  const notify: Partial<Record<NotifyHook, Located<string>>> = {};
  for (const d of s.block ?? []) {
    if (d.keyword === 'group') members.push(...(d.block ?? []).map((m) => ({ value: m.keyword, at: m.at })));
    else if (/^notify(_master|_backup|_fault|_stop)?$/.test(d.keyword)) {
      const command = joinedArgs(d);
      if (command) notify[(d.keyword === 'notify' ? 'notify' : d.keyword.slice(7)) as NotifyHook] = command;
    } else if (['smtp_alert', 'global_tracking', 'sync_group_tracking_weight', 'track_script', 'track_interface', 'track_file', 'track_process'].includes(d.keyword)) unmodelled(d, `vrrp_sync_group ${name.value}`, log);
    else unknownKeyword(d, `vrrp_sync_group ${name.value}`, ['group', 'notify_master', 'notify_backup', 'notify_fault', 'notify_stop', 'notify'], log);
  }
  return { name, members, notify };
}
