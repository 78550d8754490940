/**
 * Hand-built topologies of the seed scenarios L3–L6 (shared/SCENARIOS.md), for the converged
 * layer-2 tests. Ports are named after what they face, so fault ids read like the scenario:
 * `link:Server1:eth0—Switch1:Server1`.
 */
import type { BondMonitor, BondSpec, LinkSpec, NodeSpec, StpMode, Topology } from '../../../models/l2/topology.js';

/** A switch with the given ports. */
export function switchNode(name: string, ports: readonly string[], mode: StpMode = 'rstp', priority?: number): NodeSpec {
  return {
    name,
    kind: 'switch',
    ports: ports.map((p) => ({ name: p })),
    stp: priority === undefined ? { mode } : { mode, priority },
  };
}

/** A host with NICs `eth0..eth{n-1}`. */
export function hostNode(name: string, nics = 2): NodeSpec {
  return { name, kind: 'host', ports: Array.from({ length: nics }, (_, i) => ({ name: `eth${i}` })) };
}

/** A 1 Gb/s link between `Node:port` and `Node:port`. */
export function cable(a: string, b: string, speed = 1000): LinkSpec {
  const [an, ap] = a.split(':') as [string, string];
  const [bn, bp] = b.split(':') as [string, string];
  return { a: { node: an, port: ap }, b: { node: bn, port: bp }, speed };
}

/** MII monitoring, 100 ms. */
export const MII: BondMonitor = { kind: 'mii', miimon: 100, downdelay: 200, updelay: 200 };

/** An active-backup bond0 over eth0 (preferred) and eth1. */
export function activeBackup(host: string, monitor: BondMonitor = MII): BondSpec {
  return { name: 'bond0', host, mode: 'active-backup', slaves: ['eth0', 'eth1'], monitor };
}

/** Options shared by the builders below. */
export interface SeedOptions {
  readonly interSwitchLink?: boolean;
  readonly monitor?: BondMonitor;
  readonly stp?: StpMode;
}

/**
 * L3/L4: Switch1 and Switch2, Server1 and Server2 dual-homed (eth0 to Switch1, eth1 to
 * Switch2) with active-backup bonds; optionally the inter-switch link LS1-2.
 */
export function l3Topology(options: SeedOptions = {}): Topology {
  const servers = ['Server1', 'Server2'];
  const links = servers.flatMap((s) => [cable(`${s}:eth0`, `Switch1:${s}`), cable(`${s}:eth1`, `Switch2:${s}`)]);
  if (options.interSwitchLink) links.push(cable('Switch1:Switch2', 'Switch2:Switch1'));
  return {
    nodes: [
      switchNode('Switch1', [...servers, 'Switch2'], options.stp),
      switchNode('Switch2', [...servers, 'Switch1'], options.stp),
      ...servers.map((s) => hostNode(s)),
    ],
    links,
    bonds: servers.map((s) => activeBackup(s, options.monitor ?? MII)),
  };
}

/**
 * L5 (and L6 with `ring`): L3 with LS1-2, plus Switch3 hanging off Switch1 only and Switch4
 * off Switch2 only, Server3 and Server4 dual-homed to Switch3 (eth0) and Switch4 (eth1).
 * Server3 and Server4 use `monitor`; Server1 and Server2 keep MII. With `ring`, LS3-4 joins
 * Switch3 and Switch4, closing the loop Switch1–Switch2–Switch4–Switch3. Switch1 is the
 * intended root (priority 4096), Switch2 the backup root (8192).
 */
export function l5Topology(options: SeedOptions & { readonly ring?: boolean } = {}): Topology {
  const mode = options.stp ?? 'rstp';
  const core = ['Server1', 'Server2'];
  const access = ['Server3', 'Server4'];
  const links: LinkSpec[] = [
    ...core.flatMap((s) => [cable(`${s}:eth0`, `Switch1:${s}`), cable(`${s}:eth1`, `Switch2:${s}`)]),
    ...access.flatMap((s) => [cable(`${s}:eth0`, `Switch3:${s}`), cable(`${s}:eth1`, `Switch4:${s}`)]),
    cable('Switch1:Switch2', 'Switch2:Switch1'),
    cable('Switch1:Switch3', 'Switch3:Switch1'),
    cable('Switch2:Switch4', 'Switch4:Switch2'),
  ];
  if (options.ring) links.push(cable('Switch3:Switch4', 'Switch4:Switch3'));
  return {
    nodes: [
      switchNode('Switch1', [...core, 'Switch2', 'Switch3'], mode, 4096),
      switchNode('Switch2', [...core, 'Switch1', 'Switch4'], mode, 8192),
      switchNode('Switch3', [...access, 'Switch1', 'Switch4'], mode),
      switchNode('Switch4', [...access, 'Switch2', 'Switch3'], mode),
      ...[...core, ...access].map((s) => hostNode(s)),
    ],
    links,
    bonds: [...core.map((s) => activeBackup(s)), ...access.map((s) => activeBackup(s, options.monitor ?? MII))],
  };
}

/** ARP monitoring of Server1 and Server2. */
export function arpMonitor(validate: 'none' | 'active' | 'all', allTargets: 'any' | 'all' = 'any'): BondMonitor {
  return { kind: 'arp', interval: 1000, targets: ['Server1', 'Server2'], validate, allTargets };
}
