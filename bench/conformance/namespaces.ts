/**
 * Network namespaces of a conformance run. Names are `fl-<pid>-<case>-<bridge>`: the pid of
 * the run that made them, so a sweep removes only those whose run is gone and never a
 * concurrent run's.
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

/** Lists namespaces named `fl-<pid>-...`. */
export async function listOurNamespaces(): Promise<{ name: string; pid: number }[]> {
  const out = await ip(['netns', 'list']);
  return out
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .map((name) => ({ name, m: /^fl-(\d+)-\d+-\d+$/.exec(name) }))
    .filter((x) => x.m !== null)
    .map((x) => ({ name: x.name, pid: Number(x.m?.[1]) }));
}

/** Deletes stale namespaces of runs that are no longer alive; returns how many. */
export async function sweepStaleNamespaces(): Promise<number> {
  const stale = (await listOurNamespaces()).filter((n) => n.pid !== process.pid && !alive(n.pid));
  for (const n of stale) await deleteNamespace(n.name);
  return stale.length;
}

/** Deletes one namespace, ignoring one that is already gone. */
export async function deleteNamespace(name: string): Promise<void> {
  await ip(['netns', 'del', name]).catch(() => undefined);
}
