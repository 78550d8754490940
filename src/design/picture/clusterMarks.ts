import type { StateView } from '../../core/model.js';
import { edgeKey, nodeKey, type PictureMark } from './designPicture.js';

/** The edge ids a cluster picture draws its channels with. */
export const CLUSTER_EDGES = { lan: 'VRRP LAN', replication: 'DRBD replication' } as const;

/**
 * What a keepalived + DRBD stack state (models/hastack/view.ts) marks on its two nodes: a
 * host down, the VRRP master, the node holding the VIP, the DRBD Primary; and on the channels:
 * the LAN partitioned, the replication link cut. `prefix` is where the stack's keys sit in
 * the view (`''` for a cluster design and a site).
 */
export function clusterMarks(names: readonly string[], view: StateView, prefix = ''): PictureMark[] {
  const marks: PictureMark[] = [];
  for (const name of names) {
    const at = (key: string) => view[`${prefix}${key}`];
    if (at(`${name}.host`) === 'down') marks.push({ element: nodeKey(name), mark: 'failed' });
    if (at(`${name}.keepalived`) === 'MASTER') marks.push({ element: nodeKey(name), mark: 'master' });
    if (at(`${name}.vip`) === true) marks.push({ element: nodeKey(name), mark: 'vip' });
    if (at(`drbd.${name}.role`) === 'Primary') marks.push({ element: nodeKey(name), mark: 'primary' });
  }
  if (view[`${prefix}lan`] === 'partitioned') marks.push({ element: edgeKey(CLUSTER_EDGES.lan), mark: 'failed' });
  if (view[`${prefix}drbd.link`] === 'cut') marks.push({ element: edgeKey(CLUSTER_EDGES.replication), mark: 'failed' });
  return marks;
}
