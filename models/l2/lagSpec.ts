/**
 * Aggregation, gateway and traffic specifications layered on a {@link Topology} (issue 4,
 * converged level; decision 0016). Nothing here reshapes nodes or links: LAG groups name
 * ports, MC-LAG domains name two switches and their peer-link, gateways name the nodes that
 * answer for a gateway address, and demands name endpoints.
 *
 * Sources: `../shared/PROTOCOLS.md` §3.1 (which bonding modes need what on the switch),
 * §3.4 and §4 (LACP activity, rate, keys by speed, one partner system, min-links), §5.1
 * (MC-LAG shared system id, peer-link, secondary suspends its members), §8 (VRRP vs anycast).
 */

/** How one end of a bundle aggregates: LACP active or passive, or a static bundle (mode on). */
export type LagMode = 'active' | 'passive' | 'static';

/** One end of a LAG: a port-channel on a switch or router, or a host's bond. */
export interface LagGroupSpec {
  /** Port-channel or bond name, unique per node (`Switch1:Po1`, `Server1:bond0`). */
  readonly name: string;
  readonly node: string;
  /** Member ports (NICs for hosts), in preference order. */
  readonly ports: readonly string[];
  readonly mode: LagMode;
  /** LACPDU rate (§4 timers): only decides how fast a dead member is noticed; default slow. */
  readonly rate?: 'fast' | 'slow';
  /** Members that must be up for the bundle to be up (bonding min_links; default 1). */
  readonly minLinks?: number;
}

/** An MC-LAG domain (vPC, MLAG, CLAG): two switches presenting one LACP system (§5.1). */
export interface McLagSpec {
  readonly name: string;
  /** Primary first, then secondary (the role order on peer-link loss). */
  readonly peers: readonly [string, string];
  /** Link ids (or a bundle name) of the peer-link between the two peers. */
  readonly peerLink: readonly string[];
  /**
   * Link ids (or bundle names) the peer keepalive runs over (§5.2): the keepalive is up while
   * the two peers are joined by live links of this list. A keepalive link outside the peer-link
   * is a routed (layer-3) link: it carries no layer-2 frames. Absent: the keepalive is assumed
   * up (only a `keepalive` fault takes it down).
   */
  readonly keepalive?: readonly string[];
  /**
   * What the secondary does with its SVIs (its gateway addresses) when it suspends on peer-link
   * loss: `down` as Cisco vPC does by default (the secondary shuts the SVIs of the vPC VLANs,
   * so an orphan host on it loses its gateway), `up` (default) to keep serving.
   */
  readonly secondarySvis?: 'down' | 'up';
  /**
   * Ports of the secondary suspended with its MC-LAG members on peer-link loss (Cisco `vpc
   * orphan-port suspend`): an orphan host's active-backup bond then fails over to the primary.
   */
  readonly orphanSuspend?: readonly string[];
}

/** A gateway member: a switch (SVI) or router answering for the gateway address. */
export interface GatewayMemberSpec {
  readonly node: string;
  /** VRRP priority 1..254; default 100 (§1). Ignored for anycast. */
  readonly priority?: number;
}

/** A first-hop gateway: a VRRP group (one master) or an anycast gateway (every member serves). */
export interface GatewaySpec {
  readonly name: string;
  readonly kind: 'vrrp' | 'anycast';
  readonly members: readonly GatewayMemberSpec[];
  /** Hosts that use this gateway; default every host. */
  readonly hosts?: readonly string[];
}

/** Traffic from one endpoint to a gateway or to a set of endpoints (shared equally among the live ones). */
export interface DemandSpec {
  readonly name: string;
  readonly from: string;
  /** A gateway name, or endpoints serving the traffic active-active. */
  readonly to: { readonly gateway: string } | { readonly endpoints: readonly string[] };
  /** Mb/s. */
  readonly rate: number;
}

/** Everything issue 4 adds to a topology at the converged level. */
export interface AggregationSpec {
  readonly lags: readonly LagGroupSpec[];
  readonly mclag: readonly McLagSpec[];
  readonly gateways: readonly GatewaySpec[];
  readonly demands: readonly DemandSpec[];
  /** Usable capacity per link id in Mb/s (default: the link speed). */
  readonly capacity: ReadonlyMap<string, number>;
}

/** An empty specification. */
export const NO_AGGREGATION: AggregationSpec = { lags: [], mclag: [], gateways: [], demands: [], capacity: new Map() };
