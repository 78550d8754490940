import type { HaStackConfig } from '../../../models/hastack/config.js';
import type { StateView } from '../../core/model.js';
import type { DesignPicture } from './designPicture.js';
import { CLUSTER_EDGES, clusterMarks } from './clusterMarks.js';
import { pairGraph } from './pairGraph.js';

const CLIENT = 'NFS client';

/**
 * The picture of a `cluster:` design: its two nodes joined by the VRRP LAN and, with DRBD,
 * the replication link; the NFS client above them when the design has one.
 */
export function clusterPicture(config: HaStackConfig): DesignPicture {
  const [a, b] = config.names;
  const client = config.nfsClients !== null;
  const graph = pairGraph({
    nodes: [...(client ? [{ name: CLIENT, shape: 'client' as const, tier: 0 }] : []), { name: a, shape: 'node', tier: 1 }, { name: b, shape: 'node', tier: 1 }],
    edges: [
      { id: CLUSTER_EDGES.lan, between: [a, b], caption: 'VRRP' },
      ...(config.drbd ? [{ id: CLUSTER_EDGES.replication, between: [a, b] as const, caption: 'DRBD' }] : []),
      ...(client ? [{ id: `${CLIENT}—${a}`, between: [CLIENT, a] as const }, { id: `${CLIENT}—${b}`, between: [CLIENT, b] as const }] : []),
    ],
  });
  return { graph, marks: (view: StateView) => clusterMarks(config.names, view), faultMarks: () => [] };
}
