/**
 * fast-check arbitraries of `topology:` designs: switches with spanning tree, servers with
 * two NICs in a bond (mode and monitor drawn), links between them. Every generated design is
 * valid (it loads); what it gets wrong is the point. Sizes shrink toward the smallest design
 * that still fails: fewer switches, fewer servers, no extra links, the first bond mode.
 */
import fc from 'fast-check';
import type { BondSection, Design, LinkSection, TopologySection } from '../api/design.js';

/** Bond modes drawn; the first is the one shrinking goes to. */
export const DRAWN_BOND_MODES = ['active-backup', 'balance-rr', 'balance-xor', 'broadcast'] as const;

/** How a bond watches its slaves. */
export type DrawnMonitor = 'mii' | 'arp';

/** One server as drawn: the switches its two NICs are cabled to, and its bond. */
export interface DrawnServer {
  /** The switch eth0 is cabled to (an index, taken modulo the switch count). */
  readonly eth0: number;
  /** How many switches further eth1 is cabled (0 is the next one): a server is always dual-homed. */
  readonly eth1Offset: number;
  readonly mode: (typeof DRAWN_BOND_MODES)[number];
  readonly monitor: DrawnMonitor;
  /** Which NIC is the bond's primary. */
  readonly primary: 'eth0' | 'eth1';
}

/** A topology as drawn, before it becomes a design. */
export interface DrawnTopology {
  /** Spanning-tree bridge priority of each switch (multiples of 4096). */
  readonly switchPriorities: readonly number[];
  /** For switch i ≥ 1, the index (modulo i) of the earlier switch it uplinks to: a tree. */
  readonly uplinks: readonly number[];
  /** Extra links between switches, as index pairs (self-links and repeats are dropped). */
  readonly extraLinks: readonly (readonly [number, number])[];
  readonly servers: readonly DrawnServer[];
}

/** Options of {@link topologyDesign}. */
export interface TopologyDesignOptions {
  /** Switches, at least 2; default 2..4. */
  readonly switches?: { readonly min?: number; readonly max?: number };
  /** Servers, at least 2; default 2..4. */
  readonly servers?: { readonly min?: number; readonly max?: number };
  /** Extra inter-switch links beyond the tree; default at most 2. */
  readonly maxExtraLinks?: number;
  /** Monitors drawn; default both. */
  readonly monitors?: readonly DrawnMonitor[];
  /** Bond modes drawn; default {@link DRAWN_BOND_MODES}. */
  readonly bondModes?: readonly (typeof DRAWN_BOND_MODES)[number][];
  /** Fault budget; default 1. */
  readonly budget?: number;
  /** Fault kinds injected (`faults.kinds`); default every kind of the topology kind. */
  readonly faultKinds?: readonly string[];
}

const sw = (i: number): string => `Switch${i + 1}`;
const server = (i: number): string => `Server${i + 1}`;

/** The design of a drawn topology: tree uplinks and extra links between switches, bonded servers. */
export function topologyFromDrawn(drawn: DrawnTopology, name = 'generated-topology', faults: { readonly budget?: number; readonly kinds?: readonly string[] } = {}): Design {
  const n = drawn.switchPriorities.length;
  const nextPort = new Array<number>(n).fill(0);
  const port = (s: number): string => `${sw(s)}:p${++nextPort[s]!}`;
  const switchLinks: LinkSection[] = [];
  const seen = new Set<string>();
  const cable = (a: number, b: number): void => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    switchLinks.push({ a: port(a), b: port(b) });
  };
  drawn.uplinks.forEach((up, i) => cable(i + 1, up % (i + 1)));
  for (const [a, b] of drawn.extraLinks) cable(a % n, b % n);
  const serverLinks: LinkSection[] = [];
  const bonds: BondSection[] = drawn.servers.map((s, i) => {
    const first = s.eth0 % n;
    serverLinks.push({ a: `${server(i)}:eth0`, b: port(first) }, { a: `${server(i)}:eth1`, b: port((first + 1 + (s.eth1Offset % (n - 1))) % n) });
    const monitor: BondSection['monitor'] =
      s.monitor === 'mii'
        ? { mii: { miimon: 100 } }
        : { arp: { interval: 1000, targets: [server((i + 1) % drawn.servers.length)] } };
    return { host: server(i), name: 'bond0', mode: s.mode, slaves: ['eth0', 'eth1'], ...(s.mode === 'active-backup' ? { primary: s.primary } : {}), monitor };
  });
  const topology: TopologySection = {
    switches: drawn.switchPriorities.map((priority, i) => ({ name: sw(i), stp: { mode: 'rstp', priority } })),
    hosts: drawn.servers.map((_, i) => ({ name: server(i), nics: ['eth0', 'eth1'] })),
    links: [...serverLinks, ...switchLinks],
    bonds,
  };
  return { faultline: 1, name, faults: { budget: faults.budget ?? 1, ...(faults.kinds === undefined ? {} : { kinds: faults.kinds }) }, check: ['reachable', 'no-forwarding-loop'], topology };
}

/** Drawn topologies; see {@link topologyDesign} for the designs. */
export function drawnTopology(options: TopologyDesignOptions = {}): fc.Arbitrary<DrawnTopology> {
  const minSwitches = Math.max(2, options.switches?.min ?? 2);
  const maxSwitches = Math.max(minSwitches, options.switches?.max ?? 4);
  const minServers = Math.max(2, options.servers?.min ?? 2);
  const maxServers = Math.max(minServers, options.servers?.max ?? 4);
  const monitors = options.monitors ?? (['mii', 'arp'] as const);
  const modes = options.bondModes ?? DRAWN_BOND_MODES;
  const drawnServer: fc.Arbitrary<DrawnServer> = fc.record({
    eth0: fc.nat({ max: maxSwitches - 1 }),
    eth1Offset: fc.nat({ max: maxSwitches - 2 }),
    mode: fc.constantFrom(...modes),
    monitor: fc.constantFrom(...monitors),
    primary: fc.constantFrom('eth0' as const, 'eth1' as const),
  });
  return fc
    .record({
      switchPriorities: fc.array(fc.integer({ min: 1, max: 15 }).map((k) => k * 4096), { minLength: minSwitches, maxLength: maxSwitches }),
      uplinkDraws: fc.array(fc.nat({ max: maxSwitches - 1 }), { minLength: maxSwitches - 1, maxLength: maxSwitches - 1 }),
      extraLinks: fc.array(fc.tuple(fc.nat({ max: maxSwitches - 1 }), fc.nat({ max: maxSwitches - 1 })), { maxLength: options.maxExtraLinks ?? 2 }),
      servers: fc.array(drawnServer, { minLength: minServers, maxLength: maxServers }),
    })
    .map(({ switchPriorities, uplinkDraws, extraLinks, servers }) => ({
      switchPriorities,
      uplinks: uplinkDraws.slice(0, switchPriorities.length - 1),
      extraLinks,
      servers,
    }));
}

/**
 * Topology designs: 2..4 switches running RSTP (a tree of uplinks plus extra links), 2..4
 * servers with a two-NIC bond each (mode, MII or ARP monitor, primary drawn), checked for
 * `reachable` and `no-forwarding-loop` under one fault. Feed them to `loadDesign`-free
 * `designFrom`, then `spof` or `check`.
 */
export function topologyDesign(options: TopologyDesignOptions = {}): fc.Arbitrary<Design> {
  const faults = { ...(options.budget === undefined ? {} : { budget: options.budget }), ...(options.faultKinds === undefined ? {} : { kinds: options.faultKinds }) };
  return drawnTopology(options).map((drawn) => topologyFromDrawn(drawn, 'generated-topology', faults));
}
