/**
 * The RSTP model's state and its byte layout.
 *
 * Per port: the port priority vector and its origin (`info`: infoIs of 802.1D-2004 §17.19.10),
 * the Message Age received with it, rcvdInfoWhile, the role and the state, the
 * proposal/agreement flags (§17.19: proposing, proposed, agreed, agree, synced, disputed,
 * reRoot) and the fdWhile/rrWhile timers. `sync` only lives inside one bridge's run (see
 * transitions.ts). Per directed link one BPDU slot, indexed by the sending port: a newer BPDU
 * overwrites an undelivered one (its flags are recomputed from the port's variables, so the
 * newest BPDU says everything the older one said). Unused fields are kept at 0 so equal
 * situations encode to equal bytes.
 */
import { array, bool, enumOf, int, optional, record, type Layout } from '../../src/core/layout.js';
import type { RstpConfig } from './config.js';

/** infoIs: where the port priority vector came from. */
export const INFO_IS = ['disabled', 'aged', 'mine', 'received'] as const;
export type InfoIs = (typeof INFO_IS)[number];

/** Port roles (§17.7); Backup never occurs on point-to-point links between distinct bridges. */
export const ROLES = ['disabled', 'root', 'designated', 'alternate', 'backup'] as const;
export type Role = (typeof ROLES)[number];

/** Port states (PSTSM_DISCARDING/LEARNING/FORWARDING). */
export const PORT_STATES = ['discarding', 'learning', 'forwarding'] as const;
export type PortStatus = (typeof PORT_STATES)[number];

/** Bridge status: `silent` is dead with its links up; `hung` freezes control and data plane as they were. */
export const BRIDGE_STATES = ['up', 'down', 'silent', 'hung'] as const;
export type BridgeStatus = (typeof BRIDGE_STATES)[number];

/** A priority vector: root bridge, root path cost, designated bridge, designated port (indices). */
export interface Vector {
  readonly root: number;
  readonly cost: number;
  readonly bridge: number;
  readonly port: number;
}

/** One port. */
export interface PortState extends Vector {
  readonly info: InfoIs;
  /** Message Age of the stored information (hops from the root). */
  readonly age: number;
  readonly rcvdWhile: number;
  readonly role: Role;
  readonly st: PortStatus;
  readonly proposing: boolean;
  readonly proposed: boolean;
  readonly agreed: boolean;
  readonly agree: boolean;
  readonly synced: boolean;
  readonly disputed: boolean;
  readonly reRoot: boolean;
  readonly fdWhile: number;
  readonly rrWhile: number;
}

/** A BPDU in flight (RST BPDU fields the model uses). */
export interface Bpdu extends Vector {
  readonly age: number;
  readonly role: 'designated' | 'root' | 'alternate';
  readonly proposal: boolean;
  readonly agreement: boolean;
  readonly learning: boolean;
  readonly forwarding: boolean;
  /** Delayed delivery only: the BPDU has waited through a hello and must arrive before the next. */
  readonly held: boolean;
}

/** The whole network. */
export interface RstpState {
  readonly bridges: readonly BridgeStatus[];
  readonly links: readonly boolean[];
  readonly ports: readonly PortState[];
  /** `slots[p]`: the BPDU sent by port p not yet received by its peer. */
  readonly slots: readonly (Bpdu | null)[];
}

/** A port with no link or a dead bridge. */
export const DISABLED_PORT: PortState = {
  info: 'disabled',
  root: 0,
  cost: 0,
  bridge: 0,
  port: 0,
  age: 0,
  rcvdWhile: 0,
  role: 'disabled',
  st: 'discarding',
  proposing: false,
  proposed: false,
  agreed: false,
  agree: false,
  synced: false,
  disputed: false,
  reRoot: false,
  fdWhile: 0,
  rrWhile: 0,
};

/** The byte layout of a state of this configuration. */
export function rstpLayout(config: RstpConfig): Layout<RstpState> {
  const n = config.bridges.length;
  const p = config.ports.length;
  const vector = {
    root: int(0, n - 1),
    cost: int(0, config.maxCost),
    bridge: int(0, n - 1),
    port: int(0, p - 1),
  };
  const port = record<PortState>({
    info: enumOf(INFO_IS),
    ...vector,
    age: int(0, config.maxAge + 1),
    rcvdWhile: int(0, config.infoTicks),
    role: enumOf(ROLES),
    st: enumOf(PORT_STATES),
    proposing: bool(),
    proposed: bool(),
    agreed: bool(),
    agree: bool(),
    synced: bool(),
    disputed: bool(),
    reRoot: bool(),
    fdWhile: int(0, config.fdTicks),
    rrWhile: int(0, config.rrTicks),
  });
  const bpdu = record<Bpdu>({
    ...vector,
    age: int(0, config.maxAge + 1),
    role: enumOf(['designated', 'root', 'alternate'] as const),
    proposal: bool(),
    agreement: bool(),
    learning: bool(),
    forwarding: bool(),
    held: bool(),
  });
  return record<RstpState>({
    bridges: array(enumOf(BRIDGE_STATES), n),
    links: array(bool(), config.links.length),
    ports: array(port, p),
    slots: array(optional(bpdu), p),
  });
}

/** Whether the bridge runs the protocol (receives, sends, runs timers). */
export function running(s: RstpState, b: number): boolean {
  return s.bridges[b] === 'up';
}

/** Whether frames cross port p's link: the link is up and both bridges' data planes work. */
export function carries(config: RstpConfig, s: RstpState, link: number): boolean {
  const l = config.links[link]!;
  const alive = (port: number) => {
    const st = s.bridges[config.ports[port]!.bridge];
    return st === 'up' || st === 'hung';
  };
  return s.links[link]! && alive(l.a) && alive(l.b);
}
