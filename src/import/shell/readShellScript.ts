/**
 * Reads a notify or check script as shell for the commands that matter to the HA stack, in
 * order: `drbdadm primary|secondary`, `mount`/`umount`, NFS and DNS daemons started or stopped
 * through `service`, `systemctl`, `invoke-rc.d` or `/etc/init.d`, fencing, and `dig` or NFS
 * probes (which say what a check script tests). Commands that touch the stack in ways faultline
 * does not model are FL414 warnings at their line; control flow (if, while, case) is read
 * straight through, with one FL414 warning. The script is never executed.
 */
import type { NotifyEffect } from '../../../models/keepalived/config.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { classifyCommand } from './classifyCommand.js';
import { splitShell } from './splitShell.js';

/** What a script does, as far as the models care. */
export interface ShellReading {
  /** Notify effects in order. */
  readonly effects: readonly Located<NotifyEffect>[];
  /** What the script probes: `dns` (dig) or `nfs` (rpcinfo, showmount, pidof nfsd). */
  readonly probes: readonly Located<'dns' | 'nfs'>[];
  /** `mount -t nfsd`: the NFS server keeps no client table of its own (S4). */
  readonly nfsdFs?: Located<true>;
  /** dig's own wait for a silent server, seconds (+time × +tries), when the script runs dig. */
  readonly digSeconds?: Located<number>;
}

const CONTROL = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'for', 'do', 'done', 'case', 'esac', '!', '{', '}', '[', '[[', 'test', 'exit', 'return', 'true', 'false', ':']);

/** Reads `text` (the script at `file`). */
export function readShellScript(text: string, file: string, log: ImportLog): ShellReading {
  const effects: Located<NotifyEffect>[] = [];
  const probes: Located<'dns' | 'nfs'>[] = [];
  let nfsdFs: Located<true> | undefined;
  let digSeconds: Located<number> | undefined;
  let flowWarned = false;
  for (const command of splitShell(text, file)) {
    const words = command.words.filter((w, k) => !(k === 0 && w.value.startsWith('#!')));
    const first = words[0];
    if (!first) continue;
    if (CONTROL.has(first.value) && ['if', 'while', 'until', 'for', 'case'].includes(first.value) && !flowWarned) {
      flowWarned = true;
      log.warn(first.at, 'FL414', `${first.value}: control flow in ${file} is read straight through`, 'every matching command below is taken as run, in order, whatever the conditions');
    }
    let skip = 0;
    while (skip < words.length && CONTROL.has(words[skip]!.value)) skip++;
    const rest = words.slice(skip);
    const found = classifyCommand(rest, log);
    if (!found) continue;
    if (found.kind === 'effect') effects.push({ value: found.effect, at: found.at });
    else if (found.kind === 'probe') {
      probes.push({ value: found.probe, at: found.at });
      if (found.digSeconds !== undefined && digSeconds === undefined) digSeconds = { value: found.digSeconds, at: found.at };
    } else if (found.kind === 'nfsd-fs') nfsdFs = { value: true, at: found.at };
  }
  return { effects, probes, ...(nfsdFs ? { nfsdFs } : {}), ...(digSeconds ? { digSeconds } : {}) };
}
