/**
 * Names and leftovers of a keepalived conformance run. Case `k` of process `pid` uses the
 * namespaces `fl-ka-<pid>-<k>-lan` (the bridge) and `fl-ka-<pid>-<k>-<router>`, and the work
 * directory /tmp/fl-ka-<pid>-<k> (configs, notify script, marker files, keepalived pid files).
 * The pid in the name lets a sweep remove exactly what a run that is gone left behind, never
 * a concurrent run's.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { allNamespaces, deleteNamespace, leftByDeadRun } from '../namespaces.js';

const NAMESPACE = /^fl-ka-(\d+)-\d+-[a-z0-9]+$/;
const WORK_DIR = /^fl-ka-(\d+)-\d+$/;

/** The prefix of case `caseNo` of this process. */
export function casePrefix(caseNo: number): string {
  return `fl-ka-${process.pid}-${caseNo}`;
}

/** The work directory of a case prefix. */
export function workDirOf(prefix: string): string {
  return `/tmp/${prefix}`;
}

/** Sends `signal` (0: only probe) to the keepalived whose pid is in `pidFile`, if it is still one; true when sent. */
export function signalRecorded(pidFile: string, signal: NodeJS.Signals | 0): boolean {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !existsSync(`/proc/${pid}/comm`)) return false;
  if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'keepalived') return false;
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Kills every keepalived recorded in a work directory, then removes the directory. */
export function removeWorkDir(dir: string): void {
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) if (f.endsWith('.pid')) signalRecorded(`${dir}/${f}`, 'SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Removes namespaces and work directories of runs that are no longer alive; returns how many namespaces. */
export async function sweepStaleKeepalived(): Promise<number> {
  for (const d of readdirSync('/tmp').filter(leftByDeadRun(WORK_DIR))) removeWorkDir(`/tmp/${d}`);
  const namespaces = (await allNamespaces()).filter(leftByDeadRun(NAMESPACE));
  for (const ns of namespaces) await deleteNamespace(ns);
  return namespaces.length;
}
