import type { CompiledTopology } from '../../../models/l2/compileTopology.js';
import type { StateView } from '../../core/model.js';
import { clusterMarks } from './clusterMarks.js';
import { nodeKey, type DesignPicture, type PictureMark } from './designPicture.js';
import { topologyFaultMarks } from './topologyFaultMarks.js';
import { topologyGraph } from './topologyGraph.js';
import { viewList } from './viewList.js';

/**
 * The picture of a `site:` design: its network, with the cluster placed on two of its hosts;
 * a state marks the failed network elements and, on those hosts, the stack's master, VIP
 * holder and DRBD Primary (or a crashed host).
 */
export function sitePicture(topo: CompiledTopology, clusterNodes: readonly string[]): DesignPicture {
  return {
    graph: topologyGraph(topo),
    faultMarks: (ids) => [...topologyFaultMarks(ids.filter((id) => !id.startsWith('service:'))), ...serviceMarks(ids, clusterNodes)],
    marks: (view: StateView): PictureMark[] => [...topologyFaultMarks(viewList(view['network.failed'])), ...clusterMarks(clusterNodes, view)],
  };
}

/** A service fault (`service:crash(nfs1)`) marks its node: failed for a crash, gray otherwise. */
function serviceMarks(ids: readonly string[], nodes: readonly string[]): PictureMark[] {
  return ids.flatMap((id) => {
    if (!id.startsWith('service:')) return [];
    const node = [...nodes].sort((a, b) => b.length - a.length).find((n) => id.includes(n));
    return node === undefined ? [] : [{ element: nodeKey(node), mark: /crash/.test(id) ? ('failed' as const) : ('gray' as const) }];
  });
}
