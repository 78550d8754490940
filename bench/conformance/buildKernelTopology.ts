/**
 * Builds a case as Linux bridges: one namespace per bridge with a bridge `br0` (fixed MAC,
 * so the bridge id is known), one veth pair per link, enslaved in port-number order (the
 * kernel numbers ports 1, 2, ... in that order), with cost and priority set. Timers are the
 * shortest the kernel accepts (PROTOCOLS.md §6.8; values in centiseconds): hello 1 s,
 * forward delay 2 s, max age 6 s. IPv6 is off inside the namespaces so nothing but BPDUs moves.
 *
 * Port priority: the kernel keeps 6 bits (0..63) and shifts by 10, 802.1D-2004 keeps 4 bits
 * shifted by 12; priority P (multiple of 16) is set as P / 4 so both ids are the same number.
 */
import type { StpTopology } from '../../models/stp/index.js';
import { ip, ipBatch } from './ipCommand.js';

/** Bridge timers in centiseconds (USER_HZ), the kernel's minimums. */
export const KERNEL_TIMERS = { helloTime: 100, forwardDelay: 200, maxAge: 600 } as const;

/**
 * Creates the namespaces (reporting each to `onCreate` before creating it, so the caller can
 * clean up after a failure) and the bridges, links and ports of `topology`.
 */
export async function buildKernelTopology(
  topology: StpTopology,
  nsOf: (bridgeIndex: number) => string,
  onCreate: (ns: string) => void,
): Promise<void> {
  const index = new Map(topology.bridges.map((b, i) => [b.id, i]));
  const ns = (bridge: string): string => nsOf(index.get(bridge) ?? -1);
  for (const [i] of topology.bridges.entries()) {
    onCreate(nsOf(i));
    await ip(['netns', 'add', nsOf(i)]);
  }
  for (const [i, b] of topology.bridges.entries()) {
    await ipBatch(nsOf(i), [
      `link add br0 address ${b.mac} type bridge stp_state ${b.mode === 'none' ? 0 : 1} priority ${b.priority}` +
        ` hello_time ${KERNEL_TIMERS.helloTime} forward_delay ${KERNEL_TIMERS.forwardDelay} max_age ${KERNEL_TIMERS.maxAge}`,
    ]);
    await ip(['-n', nsOf(i), 'link', 'set', 'lo', 'up']);
    await ip(['netns', 'exec', nsOf(i), 'sysctl', '-q', '-w', 'net.ipv6.conf.all.disable_ipv6=1', 'net.ipv6.conf.default.disable_ipv6=1']).catch(
      () => undefined,
    );
  }
  for (const l of topology.links) {
    await ip(['-n', ns(l.a.bridge), 'link', 'add', l.a.port, 'type', 'veth', 'peer', 'name', l.b.port, 'netns', ns(l.b.bridge)]);
  }
  for (const [i, b] of topology.bridges.entries()) {
    const ports = topology.ports.filter((p) => p.bridge === b.id).sort((x, y) => x.number - y.number);
    const lines = ports.flatMap((p) => [
      `link set ${p.name} master br0`,
      `link set ${p.name} type bridge_slave cost ${p.cost} priority ${p.priority / 4}`,
    ]);
    lines.push(...ports.map((p) => `link set ${p.name} up`), 'link set br0 up');
    await ipBatch(nsOf(i), lines);
  }
}
