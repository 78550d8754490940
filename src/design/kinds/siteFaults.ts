/**
 * The fault kinds of a site: the network's (models/l2/faults.ts) and the HA stack's service
 * faults (crash, stop, kill, daemon). By default a site explores every kind some element of it
 * can suffer; `faults.kinds` narrows them and the report names what was left out.
 *
 * The stack's `partition`, `link` (DRBD) and `nic` kinds do not exist in a site: network
 * faults produce them. Cluster hosts and clients are no network fault elements (a cluster
 * host's crash is the stack's `crash`; a client's death is not a failure of the service).
 */
import type { HaStackFaultKind } from '../../../models/hastack/config.js';
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { allFaultElements, FAULT_KIND_DESCRIPTIONS, FAULT_KINDS, type FaultFilter, type FaultKind } from '../../../models/l2/faults.js';
import type { Topology } from '../../../models/l2/topology.js';
import type { DesignDocument, FaultScope } from '../designKind.js';
import { CLUSTER_FAULT_KINDS } from './hastack.js';

/** The stack's kinds a site keeps. */
export const SITE_SERVICE_FAULT_KINDS = ['crash', 'stop', 'kill', 'daemon'] as const satisfies readonly HaStackFaultKind[];

/**
 * Kinds a site explores only when `faults.kinds` names them: a rogue bridge is a misbehaving
 * neighbour, not an element of the design failing (decision 0034), as in the topology kind.
 */
const OPT_IN: readonly string[] = ['rogue-bridge', 'rogue-visit'];

/** Every fault kind a site design accepts, with one-line descriptions. */
export const SITE_FAULT_KINDS: Readonly<Record<string, string>> = {
  ...FAULT_KIND_DESCRIPTIONS,
  host: 'a whole host fails (hosts other than the cluster nodes and clients)',
  ...Object.fromEntries(SITE_SERVICE_FAULT_KINDS.map((k) => [k, CLUSTER_FAULT_KINDS[k]])),
};

/** The network filter, the stack's kinds, and the scope a report states. */
export interface SiteFaults {
  readonly network: FaultFilter;
  readonly service: readonly HaStackFaultKind[];
  readonly scope: FaultScope;
}

/** The faults `doc` asks for on `topology`, with the cluster hosts and clients excluded from the network's. */
export function siteFaultsOf(doc: DesignDocument, topology: Topology, local: FaultFilter, spared: readonly string[]): SiteFaults {
  const requested = doc.faults?.kinds;
  const exclude = [...(local.exclude ?? []), ...spared];
  const present = new Set(
    allFaultElements(compileTopology(topology))
      .filter((e) => !exclude.includes(e.subject) && !exclude.includes(e.id))
      .map((e) => e.kind),
  );
  const applicable = [...FAULT_KINDS.filter((k) => present.has(k)), ...SITE_SERVICE_FAULT_KINDS];
  const explored = requested === undefined ? applicable.filter((k) => !OPT_IN.includes(k)) : applicable.filter((k) => requested.includes(k));
  const network = explored.filter((k): k is FaultKind => (FAULT_KINDS as readonly string[]).includes(k));
  const service = explored.filter((k): k is (typeof SITE_SERVICE_FAULT_KINDS)[number] => (SITE_SERVICE_FAULT_KINDS as readonly string[]).includes(k));
  return {
    network: { ...local, kinds: network, exclude },
    service,
    scope: { explored, omitted: applicable.filter((k) => !explored.includes(k)) },
  };
}
