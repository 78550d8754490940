/**
 * Builds one resolver case in network namespaces: a client namespace with one veth per
 * nameserver (10.53.<i>.1 ↔ 10.53.<i>.2) and its own resolv.conf (bind-mounted by
 * `ip netns exec` from /etc/netns/<ns>/resolv.conf), and per server a namespace that
 * - answers: runs dnsmasq on 10.53.<i>.2, answering every name under example.test;
 * - refused: has the address but nothing on port 53 (the kernel sends ICMP port unreachable;
 *   the per-destination ICMP rate limit is switched off so repeated cases all get one);
 * - silent: has the address but a blackhole route back to the client, so neither an answer
 *   nor an ICMP error ever leaves; the client holds a permanent neighbour entry for it, so
 *   no ARP failure cuts the wait short (a host that just died, its MAC still cached).
 * Traffic stays inside these namespaces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ip, ipBatch } from './ipCommand.js';
import type { ResolverCase } from './resolverCases.js';
import { netnsEtc, pidFileOf, removeResolverNamespace, resolverNamespace, stopRecordedDaemon } from './resolverNamespaces.js';

/** A built case: the client namespace, and how to take everything down again. */
export interface ResolverLab {
  readonly client: string;
  close(): Promise<void>;
}

/** The name every answering server resolves, absolute so no search list applies. */
export const LOOKUP_NAME = 'www.example.test.';

/** Namespaces of this process that exist right now (for signal handlers). */
export const activeResolverNamespaces = new Set<string>();

function serverAddress(i: number): string {
  return `10.53.${i + 1}.2`;
}

async function listening(ns: string, address: string): Promise<boolean> {
  const hex = address.split('.').map((o) => Number(o).toString(16).padStart(2, '0').toUpperCase()).reverse().join('');
  const table = await new Promise<string>((resolve) => {
    const child = spawn('ip', ['netns', 'exec', ns, 'cat', '/proc/net/udp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => resolve(out));
  });
  return table.includes(`${hex}:0035`);
}

async function startDnsmasq(ns: string, address: string): Promise<ChildProcess> {
  const child = spawn(
    'ip',
    ['netns', 'exec', ns, 'dnsmasq', '--keep-in-foreground', '--conf-file=/dev/null', '--no-resolv', '--no-hosts', '--bind-interfaces',
      `--listen-address=${address}`, '--address=/example.test/10.99.0.1', '--user=root', `--pid-file=${pidFileOf(ns)}`],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 60; i++) {
    if (await listening(ns, address)) return child;
    await sleep(50);
  }
  child.kill('SIGTERM');
  throw new Error(`dnsmasq did not start listening on ${address} in ${ns}`);
}

/** Builds case `caseNo`; on any failure removes what it built before rethrowing. */
export async function buildResolverLab(caseNo: number, c: ResolverCase): Promise<ResolverLab> {
  const client = resolverNamespace(caseNo, 'c');
  const servers = c.servers.map((_, i) => resolverNamespace(caseNo, `s${i + 1}`));
  const daemons: ChildProcess[] = [];
  const close = async () => {
    for (const d of daemons) d.kill('SIGTERM');
    for (const ns of servers) stopRecordedDaemon(pidFileOf(ns));
    for (const ns of [client, ...servers]) {
      await removeResolverNamespace(ns);
      activeResolverNamespaces.delete(ns);
    }
  };
  try {
    for (const ns of [client, ...servers]) {
      activeResolverNamespaces.add(ns);
      await ip(['netns', 'add', ns]);
      await ipBatch(ns, ['link set lo up']);
    }
    for (const [i, ns] of servers.entries()) {
      const addr = serverAddress(i);
      await ip(['-n', client, 'link', 'add', `v${i + 1}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      await ipBatch(client, [`addr add 10.53.${i + 1}.1/24 dev v${i + 1}`, `link set v${i + 1} up`]);
      await ipBatch(ns, [`addr add ${addr}/24 dev eth0`, 'link set eth0 up']);
      await setSysctl(ns, 'net/ipv4/icmp_ratelimit', '0');
      const response = c.servers[i];
      if (response === 'answers') daemons.push(await startDnsmasq(ns, addr));
      if (response === 'silent') {
        await ipBatch(ns, [`route add blackhole 10.53.${i + 1}.1/32`]);
        const mac = JSON.parse(await ip(['-n', ns, '-j', 'link', 'show', 'eth0'])) as { address: string }[];
        await ipBatch(client, [`neigh replace ${addr} lladdr ${mac[0]?.address} dev v${i + 1} nud permanent`]);
      }
    }
    mkdirSync(netnsEtc(client), { recursive: true });
    const options = [`timeout:${c.timeout}`, `attempts:${c.attempts}`, ...(c.rotate ? ['rotate'] : [])];
    writeFileSync(`${netnsEtc(client)}/resolv.conf`, `${c.servers.map((_, i) => `nameserver ${serverAddress(i)}`).join('\n')}\noptions ${options.join(' ')}\n`);
    return { client, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Writes a sysctl inside a namespace (through /proc/sys as seen from it). */
async function setSysctl(ns: string, key: string, value: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', ns, 'sh', '-c', `echo ${value} > /proc/sys/${key}`], { stdio: 'ignore' });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`sysctl ${key} in ${ns} failed`))));
  });
}
