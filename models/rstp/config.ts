/**
 * RSTP model parameters as an operator writes them (bridges, point-to-point links, timers in
 * seconds) and their resolution into the model's indices and ticks.
 *
 * Time: one tick is one Hello Time (2 s, the only value mstpd accepts — PROTOCOLS.md §6.4).
 * rcvdInfoWhile is 3 ticks; fdWhile is reloaded with `forwardDelay`, which is HelloTime when
 * the port talks RSTP (PROTOCOLS.md §6.5, as coded in mstpd: 1 tick); rrWhile is reloaded with
 * FwdDelay (⌈FwdDelay / HelloTime⌉ ticks). Max Age is a hop limit on Message Age (one second,
 * i.e. one unit, per bridge).
 *
 * Identifiers reuse the converged model's encodings (models/stp `bridgeIdOf`, `portIdOf`):
 * bridges are compared by rank (0 = lowest bridge id), ports by their 16-bit port id.
 */
import { bridgeIdOf, portIdOf } from '../stp/identifiers.js';

/** Fault kinds an RSTP design can inject. */
export const RSTP_FAULT_KINDS = ['bridge-down', 'bridge-silent', 'bridge-hang', 'link-down'] as const;
/** One fault kind. */
export type RstpFaultKind = (typeof RSTP_FAULT_KINDS)[number];

/** A bridge as configured. */
export interface RstpBridgeParams {
  readonly name: string;
  /** 0..61440 in steps of 4096. */
  readonly priority: number;
  readonly mac: string;
}

/** One end of a link: a bridge and a port name on it. */
export interface RstpLinkEndParams {
  readonly bridge: string;
  readonly port: string;
}

/** A point-to-point link between two bridges. */
export interface RstpLinkParams {
  readonly a: RstpLinkEndParams;
  readonly b: RstpLinkEndParams;
  /** Port path cost at both ends (802.1D-2004 long values; 20,000 = 1 Gb/s). */
  readonly cost: number;
}

/** The whole RSTP design. */
export interface RstpParams {
  readonly bridges: readonly RstpBridgeParams[];
  readonly links: readonly RstpLinkParams[];
  /** Max Age in seconds (6..40). */
  readonly maxAge: number;
  /** Forward Delay in seconds (4..30). */
  readonly forwardDelay: number;
  /** Fault kinds `faults(s)` may produce; default all. */
  readonly faultKinds?: readonly RstpFaultKind[];
  /** Names of the bridges and links that may fail (links by `a-b` name); default every one. */
  readonly failing?: readonly string[];
  /** `converged` (default): start from the steady state; `cold`: every bridge just booted. */
  readonly start?: 'converged' | 'cold';
  /**
   * `urgent` (default): every BPDU in flight arrives before the next hello. `delayed`: time may
   * pass with BPDUs in flight, so a BPDU can wait behind the TxHoldCount limit (§6.4) while
   * its sender's hellos overwrite it.
   */
  readonly delivery?: 'urgent' | 'delayed';
}

/** A port of the resolved configuration (one per link end). */
export interface RstpPort {
  readonly bridge: number;
  readonly name: string;
  readonly link: number;
  /** The port at the other end of the link. */
  readonly peer: number;
  readonly portId: number;
  /** Path cost in cost units (the gcd of all costs). */
  readonly cost: number;
}

/** The resolved configuration the model runs on. */
export interface RstpConfig {
  readonly bridges: readonly { readonly name: string; readonly bridgeId: string }[];
  /** `rank[b]`: position of bridge b in bridge id order (0 = best). */
  readonly rank: readonly number[];
  readonly ports: readonly RstpPort[];
  /** Port indices of each bridge. */
  readonly portsOf: readonly (readonly number[])[];
  /** Links as `[portA, portB]` with their names (`b1-b2`). */
  readonly links: readonly { readonly name: string; readonly a: number; readonly b: number }[];
  /** Max Age as a Message Age limit (hops). */
  readonly maxAge: number;
  /** rcvdInfoWhile reload: 3 × HelloTime = 3 ticks. */
  readonly infoTicks: number;
  /** fdWhile reload (forwardDelay = HelloTime for RSTP ports): 1 tick. */
  readonly fdTicks: number;
  /** rrWhile reload: FwdDelay in ticks. */
  readonly rrTicks: number;
  /** Largest root path cost a state can hold, in cost units. */
  readonly maxCost: number;
  /** Cost unit (gcd of all port costs), to show costs as configured. */
  readonly costUnit: number;
  readonly faultKinds: ReadonlySet<RstpFaultKind>;
  /** Bridges that may fail. */
  readonly failingBridges: ReadonlySet<number>;
  /** Links that may fail. */
  readonly failingLinks: ReadonlySet<number>;
  readonly start: 'converged' | 'cold';
  readonly delivery: 'urgent' | 'delayed';
}

/** Hello Time in seconds: one tick. */
export const HELLO_SECONDS = 2;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The name of a link: `bridgeA-bridgeB`, with the port names when two links join the same pair. */
export function linkName(l: RstpLinkParams, all: readonly RstpLinkParams[]): string {
  const short = `${l.a.bridge}-${l.b.bridge}`;
  const twins = all.filter((o) => `${o.a.bridge}-${o.b.bridge}` === short).length;
  return twins > 1 ? `${l.a.bridge}:${l.a.port}-${l.b.bridge}:${l.b.port}` : short;
}

/**
 * Resolves parameters into indices and ticks. Ports are numbered per bridge in order of
 * appearance (1, 2, ...) with the default port priority 128. Throws RangeError on an unknown
 * bridge (the design kind reports those as FL28x first).
 */
export function resolveRstpConfig(params: RstpParams): RstpConfig {
  const index = new Map(params.bridges.map((b, i) => [b.name, i]));
  const bridges = params.bridges.map((b) => ({ name: b.name, bridgeId: bridgeIdOf(b.priority, b.mac) }));
  const order = bridges.map((_, i) => i).sort((x, y) => (bridges[x]!.bridgeId < bridges[y]!.bridgeId ? -1 : 1));
  const rank = new Array<number>(bridges.length);
  order.forEach((b, r) => (rank[b] = r));
  const unit = params.links.map((l) => l.cost).reduce(gcd, 0) || 1;
  const ports: RstpPort[] = [];
  const portsOf: number[][] = bridges.map(() => []);
  const links = params.links.map((l, li) => {
    const end = (e: RstpLinkEndParams, peerOffset: number): number => {
      const b = index.get(e.bridge);
      if (b === undefined) throw new RangeError(`unknown bridge ${e.bridge}`);
      const number = portsOf[b]!.length + 1;
      ports.push({ bridge: b, name: e.port, link: li, peer: ports.length + peerOffset, portId: portIdOf(128, number), cost: l.cost / unit });
      portsOf[b]!.push(ports.length - 1);
      return ports.length - 1;
    };
    const a = end(l.a, 1);
    const b = end(l.b, -1);
    return { name: linkName(l, params.links), a, b };
  });
  const maxAge = Math.round(params.maxAge);
  const maxPortCost = Math.max(1, ...ports.map((p) => p.cost));
  const failing = params.failing ? new Set(params.failing) : undefined;
  return {
    bridges,
    rank,
    ports,
    portsOf,
    links,
    maxAge,
    infoTicks: 3,
    fdTicks: 1,
    rrTicks: Math.ceil(params.forwardDelay / HELLO_SECONDS),
    maxCost: (maxAge + 2) * maxPortCost,
    costUnit: unit,
    faultKinds: new Set(params.faultKinds ?? RSTP_FAULT_KINDS),
    failingBridges: new Set(bridges.flatMap((b, i) => (!failing || failing.has(b.name) ? [i] : []))),
    failingLinks: new Set(links.flatMap((l, i) => (!failing || failing.has(l.name) ? [i] : []))),
    start: params.start ?? 'converged',
    delivery: params.delivery ?? 'urgent',
  };
}
