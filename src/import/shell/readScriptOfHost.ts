/**
 * The script a keepalived command line names, read as shell: the file the manifest maps the
 * path to (`scripts:`), else the path under the host's `root:`, else — for a command written
 * inline (`notify_master "/sbin/drbdadm primary r0"`, `sh -c "..."`) — the command line itself.
 * A path to a script that is not given is FL413 (a warning: its effects are unknown).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import type { ManifestHost } from '../manifest/siteManifest.js';
import { readConfigFile } from '../readConfigFile.js';
import { readShellScript, type ShellReading } from './readShellScript.js';
import { splitShell } from './splitShell.js';

const INLINE_TOOLS = new Set(['drbdadm', 'mount', 'umount', 'systemctl', 'service', 'invoke-rc.d', 'dig', 'rpcinfo', 'showmount', 'pidof', 'pgrep', 'killall', 'stonith_admin', 'exportfs', 'test', '[', 'true', 'false']);

/** Reads what `command` runs on `host`; undefined when the script is not given. */
export function readScriptOfHost(command: Located<string>, host: ManifestHost | undefined, log: ImportLog): ShellReading | undefined {
  const words = splitShell(command.value, command.at.file)[0]?.words ?? [];
  const first = words[0]?.value ?? '';
  const mapped = host?.scripts.get(first);
  const underRoot = host?.root && first.startsWith('/') ? join(host.root.value, first) : undefined;
  const file = mapped ? mapped.value : underRoot && existsSync(underRoot) ? underRoot : undefined;
  if (file) {
    const text = readConfigFile(file, log, mapped?.at ?? command.at);
    return text === undefined ? undefined : readShellScript(text, file, log);
  }
  const base = first.slice(first.lastIndexOf('/') + 1);
  if ((base === 'sh' || base === 'bash') && words[1]?.value === '-c' && words[2]) return inline(words[2].value, command, log);
  if (INLINE_TOOLS.has(base) || first.startsWith('/etc/init.d/')) return inline(command.value, command, log);
  log.warn(command.at, 'FL413', `script ${first} is not given, so what it does is unknown`, host ? `map it in the manifest: hosts: { ${host.name.value}: { scripts: { ${first}: <file> } } }, or give the host's root: directory` : 'give the script file in a site manifest');
  return undefined;
}

/** Reads a command line as a one-line script, its positions moved onto the config line. */
function inline(text: string, command: Located<string>, log: ImportLog): ShellReading {
  const shift = <T>(x: Located<T>): Located<T> => ({ value: x.value, at: { ...command.at, column: command.at.column + x.at.column - 1 } });
  const sub = new ImportLog();
  const reading = readShellScript(text, command.at.file, sub);
  for (const d of sub.all()) (d.severity === 'error' ? log.error.bind(log) : log.warn.bind(log))(shift({ value: 0, at: d.location }).at, d.code, d.message, d.hint);
  return {
    effects: reading.effects.map(shift),
    probes: reading.probes.map(shift),
    byState: { master: reading.byState.master.map(shift), backup: reading.byState.backup.map(shift), fault: reading.byState.fault.map(shift), stop: reading.byState.stop.map(shift) },
    ...(reading.nfsdFs ? { nfsdFs: shift(reading.nfsdFs) } : {}),
    ...(reading.digSeconds ? { digSeconds: shift(reading.digSeconds) } : {}),
  };
}
