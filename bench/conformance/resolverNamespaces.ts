/**
 * Namespaces, resolv.conf files and DNS daemons of a resolver conformance run. Names are
 * `fl-res-<pid>-<case>-<role>` (role `c` for the client, `s<i>` for server i): the pid of the
 * run that made them, so a sweep removes only what a run that is gone left behind, never a
 * concurrent run's. dnsmasq writes its pid to /run/fl-res-<pid>-<case>-s<i>.pid so a sweep can
 * stop exactly the daemons a dead run started.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { allNamespaces, deleteNamespace, leftByDeadRun } from './namespaces.js';

const NAME = /^fl-res-(\d+)-\d+-(c|s\d+)$/;

/** The namespace of `role` in case `caseNo` of this process. */
export function resolverNamespace(caseNo: number, role: string): string {
  return `fl-res-${process.pid}-${caseNo}-${role}`;
}

/** Where `ip netns exec` finds the resolv.conf it bind-mounts for namespace `ns`. */
export function netnsEtc(ns: string): string {
  return `/etc/netns/${ns}`;
}

/** The dnsmasq pid file of a server namespace. */
export function pidFileOf(ns: string): string {
  return `/run/${ns}.pid`;
}

/** Deletes a namespace (ignoring one already gone) and its /etc/netns directory. */
export async function removeResolverNamespace(ns: string): Promise<void> {
  await deleteNamespace(ns);
  rmSync(netnsEtc(ns), { recursive: true, force: true });
}

/** Stops the dnsmasq recorded in `pidFile` if it is still that dnsmasq, then removes the file. */
export function stopRecordedDaemon(pidFile: string): void {
  // The daemon may exit (and remove its pid file) at any moment: every read may find nothing.
  const pid = Number(readQuietly(pidFile));
  const comm = Number.isInteger(pid) && pid > 0 ? readQuietly(`/proc/${pid}/comm`) : '';
  if (comm === 'dnsmasq') {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  rmSync(pidFile, { force: true });
}

function readQuietly(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Removes what earlier runs that are no longer alive left behind; returns how many namespaces. */
export async function sweepStaleResolverNamespaces(): Promise<number> {
  const stale = (await allNamespaces())
    .concat(existsSync('/etc/netns') ? readdirSync('/etc/netns') : [])
    .concat(readdirSync('/run').flatMap((f) => (f.endsWith('.pid') ? [f.slice(0, -4)] : [])))
    .filter((name, i, all) => all.indexOf(name) === i)
    .filter(leftByDeadRun(NAME));
  for (const ns of stale) {
    stopRecordedDaemon(pidFileOf(ns));
    await removeResolverNamespace(ns);
  }
  return stale.length;
}
