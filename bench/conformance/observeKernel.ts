/**
 * Reads one Linux bridge's spanning-tree view from `ip -d -j link show` in its namespace.
 *
 * The bridge's root id is taken from its root port's stored designated root (the port's
 * `root_id`), or its own id when it has no root port: iproute2 6.1 prints the bridge's own id
 * as the bridge-level `root_id`.
 */
import { ip } from './ipCommand.js';

/** One bridge port as the kernel reports it. */
export interface KernelPort {
  readonly name: string;
  /** disabled, listening, learning, forwarding or blocking. */
  readonly state: string;
  readonly number: number;
  readonly portId: number;
  /** Seconds left before stored BPDU info expires (0 when not running). */
  readonly messageAgeTimer: number;
  readonly forwardDelayTimer: number;
}

/** One bridge as the kernel reports it. */
export interface KernelBridge {
  readonly bridgeId: string;
  readonly rootId: string;
  readonly rootPort: number;
  readonly rootPathCost: number;
  readonly ports: ReadonlyMap<string, KernelPort>;
}

/** `1000.2:0:0:0:0:1` → `1000.020000000001`, the form of sysfs and of `bridgeIdOf`. */
export function normaliseBridgeId(id: string): string {
  const [prio = '', mac = ''] = id.split('.');
  return `${prio.padStart(4, '0')}.${mac.split(':').map((o) => o.padStart(2, '0')).join('')}`.toLowerCase();
}

interface LinkJson {
  ifname: string;
  linkinfo?: {
    info_kind?: string;
    info_data?: Record<string, unknown>;
    info_slave_kind?: string;
    info_slave_data?: Record<string, unknown>;
  };
}

/** Reads the bridge `br0` in namespace `ns`. */
export async function observeKernel(ns: string): Promise<KernelBridge> {
  const links = JSON.parse(await ip(['-n', ns, '-d', '-j', 'link', 'show'])) as LinkJson[];
  const br = links.find((l) => l.ifname === 'br0')?.linkinfo?.info_data;
  if (br === undefined) throw new Error(`no br0 in ${ns}`);
  const ports = new Map<string, KernelPort>();
  const portRoot = new Map<number, string>();
  for (const l of links) {
    const d = l.linkinfo?.info_slave_data;
    if (l.linkinfo?.info_slave_kind !== 'bridge' || d === undefined) continue;
    const number = Number(d['no']);
    portRoot.set(number, normaliseBridgeId(String(d['root_id'])));
    ports.set(l.ifname, {
      name: l.ifname,
      state: String(d['state']),
      number,
      portId: Number(d['id']),
      messageAgeTimer: Number(d['message_age_timer'] ?? 0),
      forwardDelayTimer: Number(d['forward_delay_timer'] ?? 0),
    });
  }
  const bridgeId = normaliseBridgeId(String(br['bridge_id']));
  const rootPort = Number(br['root_port'] ?? 0);
  return {
    bridgeId,
    rootId: rootPort === 0 ? bridgeId : (portRoot.get(rootPort) ?? '?'),
    rootPort,
    rootPathCost: Number(br['root_path_cost'] ?? 0),
    ports,
  };
}
