import type { StateView } from '../../core/model.js';
import { edgeKey, nodeKey, type DesignPicture, type PictureMark } from './designPicture.js';
import { pairGraph } from './pairGraph.js';

const LINK = 'replication';

/**
 * The picture of a `drbd:` design: the two nodes and their replication link; a state marks
 * the Primary, a node that is down, a failed disk (`gray`) and the cut link.
 */
export function drbdPicture(nodes: readonly [string, string]): DesignPicture {
  const graph = pairGraph({ nodes: nodes.map((name) => ({ name, shape: 'node' as const, tier: 0 })), edges: [{ id: LINK, between: nodes, caption: 'replication' }] });
  return {
    graph,
    faultMarks: () => [],
    marks(view: StateView): PictureMark[] {
      const marks: PictureMark[] = [];
      for (const name of nodes) {
        const role = view[`${name}.role`];
        if (role === 'Primary') marks.push({ element: nodeKey(name), mark: 'primary' });
        if (role === 'down') marks.push({ element: nodeKey(name), mark: 'failed' });
        if (view[`${name}.disk`] === 'Diskless') marks.push({ element: nodeKey(name), mark: 'gray' });
      }
      if (view['link'] === 'cut') marks.push({ element: edgeKey(LINK), mark: 'failed' });
      return marks;
    },
  };
}
