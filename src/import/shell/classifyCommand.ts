/**
 * What one simple command means to the HA stack: a notify effect, a probe, or nothing.
 * Prefixes that run a command (`sudo`, `exec`, `nohup`, `env`, `VAR=value`) are looked
 * through; the command is named by its base name, so `/sbin/drbdadm` is `drbdadm`.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { NotifyEffect } from '../../../models/keepalived/config.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';

/** A command that matters. */
export type CommandMeaning =
  | { readonly kind: 'effect'; readonly effect: NotifyEffect; readonly at: SourceLocation }
  | { readonly kind: 'probe'; readonly probe: 'dns' | 'nfs'; readonly at: SourceLocation; readonly digSeconds?: number }
  | { readonly kind: 'nfsd-fs'; readonly at: SourceLocation };

const NFS_DAEMONS = new Set(['nfs-kernel-server', 'nfs-server', 'nfs', 'nfsserver', 'nfsd', 'nfs-kernel-server.service', 'nfs-server.service']);
const DNS_DAEMONS = new Set(['named', 'bind9', 'bind', 'unbound', 'pdns', 'pdns-recursor', 'nsd', 'dnsmasq', 'knot', 'knot-resolver', 'kresd', 'named.service', 'bind9.service', 'unbound.service']);
const WRAPPERS = new Set(['sudo', 'exec', 'nohup', 'env', 'command', 'nice', 'ionice', 'chroot', 'timeout']);
const FENCERS = /^(stonith_admin|stonith|fence_[a-z0-9_]+|crm-fence-peer(\.9)?\.sh|drbd-fence-peer\.sh)$/;

function base(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Classifies `words` (a simple command); unmodelled stack commands are FL414 warnings. */
export function classifyCommand(words: readonly Located<string>[], log: ImportLog): CommandMeaning | undefined {
  let k = 0;
  while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!.value) || WRAPPERS.has(base(words[k]!.value)) || (k > 0 && /^-/.test(words[k]!.value) && WRAPPERS.has(base(words[k - 1]!.value))))) k++;
  const head = words[k];
  if (!head) return undefined;
  const args = words.slice(k + 1).map((w) => w.value);
  const name = base(head.value);
  const at = head.at;
  if (name === 'drbdadm') return drbdadm(args, at, log);
  if (name === 'mount') {
    if (args.includes('nfsd') || args.some((a) => /^-t$/.test(a)) && args[args.indexOf('-t') + 1] === 'nfsd') return { kind: 'nfsd-fs', at };
    return args.length === 0 || args.every((a) => a.startsWith('-')) ? undefined : { kind: 'effect', effect: 'mount', at };
  }
  if (name === 'umount') return { kind: 'effect', effect: 'umount', at };
  if (FENCERS.test(name)) return { kind: 'effect', effect: 'fence.peer', at };
  if (name === 'dig') return { kind: 'probe', probe: 'dns', at, digSeconds: digSeconds(args) };
  if (['rpcinfo', 'showmount'].includes(name) || (['pidof', 'pgrep'].includes(name) && args.some((a) => NFS_DAEMONS.has(a)))) return { kind: 'probe', probe: 'nfs', at };
  if (name === 'exportfs') {
    log.warn(at, 'FL414', 'exportfs is not modelled: the export list is assumed to come with the NFS server', 'the NFS model serves the export whenever the server runs on a mounted volume');
    return undefined;
  }
  const service = serviceAction(name, args);
  if (!service) return undefined;
  const { daemon, action } = service;
  const starts = ['start', 'restart', 'force-reload', 'try-restart'].includes(action);
  const stops = ['stop'].includes(action);
  if (NFS_DAEMONS.has(daemon) && (starts || stops)) return { kind: 'effect', effect: starts ? 'nfs.start' : 'nfs.stop', at };
  if (DNS_DAEMONS.has(daemon) || NFS_DAEMONS.has(daemon) || ['keepalived', 'drbd', 'keepalived.service', 'drbd.service'].includes(daemon)) {
    log.warn(at, 'FL414', `${head.value} ${args.join(' ')}: ${daemon} ${action} from a script is not modelled`, daemon.startsWith('keepalived') ? 'a script that stops keepalived is modelled only as the `stop` fault' : 'the cluster model starts and stops NFS, DRBD roles and the mount only');
  }
  return undefined;
}

function drbdadm(args: readonly string[], at: SourceLocation, log: ImportLog): CommandMeaning | undefined {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === 'primary') return { kind: 'effect', effect: 'drbd.promote', at };
  if (sub === 'secondary') return { kind: 'effect', effect: 'drbd.demote', at };
  if (sub === 'outdate' || sub === 'fence-peer') return { kind: 'effect', effect: 'fence.peer', at };
  if (sub !== undefined && !['role', 'cstate', 'dstate', 'status', 'sh-status', 'dump', 'sh-resources'].includes(sub)) {
    log.warn(at, 'FL414', `drbdadm ${sub} from a script is not modelled`, 'only drbdadm primary and secondary change the model');
  }
  return undefined;
}

/** `service D A`, `invoke-rc.d D A`, `/etc/init.d/D A`, `rcD A`, `systemctl A D...`. */
function serviceAction(name: string, args: readonly string[]): { daemon: string; action: string } | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  if (name === 'service' || name === 'invoke-rc.d') return words.length >= 2 ? { daemon: words[0]!, action: words[1]! } : undefined;
  if (name === 'systemctl') return words.length >= 2 ? { daemon: words[1]!, action: words[0]! } : undefined;
  if (name.startsWith('rc') && words.length >= 1) return { daemon: name.slice(2), action: words[0]! };
  if (words.length >= 1 && ['start', 'stop', 'restart', 'force-reload', 'try-restart', 'reload', 'status'].includes(words[0]!)) return { daemon: name, action: words[0]! };
  return undefined;
}

/** dig's wait for a silent server: +time (default 5) × +tries (default 3; +retry=n means n+1). */
function digSeconds(args: readonly string[]): number {
  let time = 5;
  let tries = 3;
  for (const a of args) {
    const m = /^\+(time|tries|retry)=(\d+)$/.exec(a);
    if (!m) continue;
    const n = Number(m[2]);
    if (m[1] === 'time') time = Math.max(1, n);
    else if (m[1] === 'tries') tries = Math.max(1, n);
    else tries = n + 1;
  }
  return time * tries;
}
