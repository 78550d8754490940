/**
 * Network namespaces of a conformance run. Names are `fl-<pid>-<case>-<bridge>`: the pid of
 * the run that made them, so a sweep removes only those whose run is gone and never a
 * concurrent run's. The listing, deleting and dead-run test here serve the resolver and
 * keepalived runs too.
 */
import { ip } from './ipCommand.js';

/** The namespace of bridge `bridge` in case `caseNo` of this process. */
export function namespaceName(caseNo: number, bridge: number): string {
  return `fl-${process.pid}-${caseNo}-${bridge}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A test for names whose pattern captures a run's pid as group 1: true when `name` matches and
 * that run is another process that is no longer alive.
 */
export function leftByDeadRun(pattern: RegExp): (name: string) => boolean {
  return (name) => {
    const m = pattern.exec(name);
    return m !== null && Number(m[1]) !== process.pid && !alive(Number(m[1]));
  };
}

/** The names of every network namespace on the host. */
export async function allNamespaces(): Promise<string[]> {
  return (await ip(['netns', 'list'])).split('\n').map((line) => line.split(' ')[0] ?? '');
}

/** Lists namespaces named `fl-<pid>-...`. */
export async function listOurNamespaces(): Promise<{ name: string; pid: number }[]> {
  return (await allNamespaces())
    .map((name) => ({ name, m: /^fl-(\d+)-\d+-\d+$/.exec(name) }))
    .filter((x) => x.m !== null)
    .map((x) => ({ name: x.name, pid: Number(x.m?.[1]) }));
}

/** Deletes stale namespaces of runs that are no longer alive; returns how many. */
export async function sweepStaleNamespaces(): Promise<number> {
  const stale = (await allNamespaces()).filter(leftByDeadRun(/^fl-(\d+)-\d+-\d+$/));
  for (const name of stale) await deleteNamespace(name);
  return stale.length;
}

/** Deletes one namespace, ignoring one that is already gone. */
export async function deleteNamespace(name: string): Promise<void> {
  await ip(['netns', 'del', name]).catch(() => undefined);
}
