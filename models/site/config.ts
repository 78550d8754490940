/**
 * A site: the converged layer-2 network (models/l2) with the HA stack (models/hastack) placed
 * on two of its hosts, and clients on others. The layers meet through connectivity only
 * (docs/decisions/0017-site-composition.md): which of the site's channels deliver frames, in
 * each direction, under the current set of failed network elements.
 */
import type { HaStackConfig } from '../hastack/config.js';
import type { FaultFilter } from '../l2/faults.js';
import type { Topology } from '../l2/topology.js';

/** Where a cluster node's traffic leaves its host: a bond or NIC name, or every interface (`null`). */
export interface NodePlacement {
  /** The host (a `hosts:` entry of the topology) that runs the node; the node's name. */
  readonly host: string;
  /** The interface carrying the VIP (clients reach the service here). */
  readonly vip: string | null;
  /** The interface keepalived sends and receives adverts on. */
  readonly heartbeat: string | null;
  /** The interface DRBD replicates over. */
  readonly replication: string | null;
}

/** The site as the model needs it. */
export interface SiteConfig {
  readonly topology: Topology;
  /** Which network elements may fail (cluster hosts and clients are left to the HA layer). */
  readonly networkFaults: FaultFilter;
  /** The HA stack; its fault kinds hold only the service faults (crash, stop, kill, daemon). */
  readonly ha: HaStackConfig;
  /** Node 0 and node 1 of the stack, in its order. */
  readonly placement: readonly [NodePlacement, NodePlacement];
  /** Client hosts, in design order. */
  readonly clients: readonly string[];
}
