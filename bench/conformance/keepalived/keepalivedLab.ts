/**
 * One case in network namespaces: a LAN namespace holding bridge `br0`, and per router a
 * namespace whose `eth0` is a veth into the bridge (port `p<i>`), running the real keepalived
 * (`--vrrp`, foreground, its own pid files). A partition takes every port out of the bridge
 * (the routers keep carrier, so keepalived sees lost adverts, not a link fault); a heal puts
 * them back. `stop` is SIGTERM (keepalived's orderly shutdown). `kill` is a host crash:
 * SIGKILL of the VRRP child and then the parent (nothing is sent), then the router's eth0 goes
 * down and the router counts as holding nothing. A SIGKILLed keepalived alone leaves the VIP
 * configured on a live interface (nobody removes it; found by this suite, case 5) — a
 * keepalived *process* crash on a live host is not what the model's `crash` means.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ip, ipBatch } from '../ipCommand.js';
import type { KeepalivedCase } from './keepalivedCases.js';
import { keepalivedConf, NOTIFY_SCRIPT, routerAddress, VIP } from './keepalivedConfig.js';
import { deleteNamespace } from '../namespaces.js';
import { casePrefix, removeWorkDir, signalRecorded, workDirOf } from './keepalivedNamespaces.js';
import type { Notification, NotifiedState } from './outcome.js';

/** A built case. */
export interface KeepalivedLab {
  start(router: string): Promise<void>;
  stop(router: string): void;
  kill(router: string): Promise<void>;
  partition(): Promise<void>;
  heal(): Promise<void>;
  /** Every notify script run so far, at epoch seconds. */
  notifications(): Notification[];
  /** Resolves once `router` has run its first notify script (or after `ms`). */
  firstNotification(router: string, ms: number): Promise<void>;
  /** Routers whose host is up and whose eth0 holds the VIP now. */
  vipHolders(): Promise<string[]>;
  close(): Promise<void>;
}

/** How to close each case of this process that is open right now (for signal handlers). */
const openCases = new Map<string, () => Promise<void>>();

/** Closes every case still open (signal handlers). */
export async function closeOpenCases(): Promise<void> {
  for (const close of [...openCases.values()]) await close();
}

async function exited(pidFile: string, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (!signalRecorded(pidFile, 0)) return true;
    await sleep(50);
  }
  return false;
}

/** Builds case `caseNo`; on failure removes what it built before rethrowing. */
export async function buildKeepalivedLab(caseNo: number, c: KeepalivedCase): Promise<KeepalivedLab> {
  const prefix = casePrefix(caseNo);
  const dir = workDirOf(prefix);
  const lan = `${prefix}-lan`;
  const nsOf = (router: string) => `${prefix}-${router}`;
  const close = async () => {
    removeWorkDir(dir);
    for (const ns of [lan, ...c.routers.map((r) => nsOf(r.name))]) await deleteNamespace(ns);
    openCases.delete(prefix);
  };
  openCases.set(prefix, close);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/notify.sh`, NOTIFY_SCRIPT);
    chmodSync(`${dir}/notify.sh`, 0o755);
    await ip(['netns', 'add', lan]);
    await ipBatch(lan, ['link set lo up', 'link add br0 type bridge', 'link set br0 up']);
    for (const [i, router] of c.routers.entries()) {
      const ns = nsOf(router.name);
      await ip(['netns', 'add', ns]);
      await ip(['-n', lan, 'link', 'add', `p${i}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      await ipBatch(lan, [`link set p${i} master br0`, `link set p${i} up`]);
      await ipBatch(ns, ['link set lo up', `addr add ${routerAddress(i)}/24 dev eth0`, 'link set eth0 up']);
      writeFileSync(`${dir}/${router.name}.conf`, keepalivedConf(router, dir));
    }
  } catch (e) {
    await close();
    throw e;
  }
  const dead = new Set<string>();
  const ports = async (master: boolean) => {
    const lines = c.routers.map((_, i) => (master ? `link set p${i} master br0` : `link set p${i} nomaster`));
    await ipBatch(lan, lines);
  };
  return {
    async start(router) {
      const pidFile = `${dir}/${router}.pid`;
      if (!(await exited(pidFile, 3000))) throw new Error(`keepalived of ${router} did not exit before its restart`);
      const log = openSync(`${dir}/${router}.log`, 'a');
      const child = spawn(
        'ip',
        ['netns', 'exec', nsOf(router), 'keepalived', '--dont-fork', '--log-console', '--vrrp', '-f', `${dir}/${router}.conf`, '-p', pidFile, '-r', `${dir}/${router}.vrrp.pid`],
        { stdio: ['ignore', log, log], detached: false },
      );
      closeSync(log);
      child.on('error', () => undefined);
    },
    stop(router) {
      signalRecorded(`${dir}/${router}.pid`, 'SIGTERM');
    },
    kill(router) {
      signalRecorded(`${dir}/${router}.vrrp.pid`, 'SIGKILL');
      signalRecorded(`${dir}/${router}.pid`, 'SIGKILL');
      dead.add(router);
      return ipBatch(nsOf(router), ['link set eth0 down']).then(() => undefined);
    },
    async firstNotification(router, ms) {
      for (let waited = 0; waited < ms && !existsSync(`${dir}/${router}.marker`); waited += 20) await sleep(20);
    },
    partition: () => ports(false),
    heal: () => ports(true),
    notifications() {
      return c.routers.flatMap((r) => {
        const file = `${dir}/${r.name}.marker`;
        if (!existsSync(file)) return [];
        return readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => {
            const [at, state] = l.trim().split(' ');
            return { router: r.name, state: state as NotifiedState, at: Number(at) };
          });
      });
    },
    async vipHolders() {
      const out: string[] = [];
      for (const r of c.routers) {
        if (dead.has(r.name)) continue;
        const addrs = await ip(['-n', nsOf(r.name), '-br', 'addr', 'show', 'dev', 'eth0']);
        if (addrs.includes(`${VIP}/`)) out.push(r.name);
      }
      return out;
    },
    close,
  };
}
