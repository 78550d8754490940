import type { StateView } from '../../core/model.js';
import { edgeKey, nodeKey, type DesignPicture, type PictureMark } from './designPicture.js';
import { pairGraph } from './pairGraph.js';

const LAN = 'LAN';

/**
 * The picture of a `vrrp:` design: its routers on one LAN; a state marks the MASTER, the
 * routers whose host is down (a crash) and, while the LAN is partitioned, every router's cable.
 */
export function vrrpPicture(routers: readonly string[]): DesignPicture {
  const graph = pairGraph({
    nodes: [{ name: LAN, shape: 'lan', tier: 0 }, ...routers.map((name) => ({ name, shape: 'router' as const, tier: 1 }))],
    edges: routers.map((name) => ({ id: name, between: [LAN, name] as const })),
  });
  return {
    graph,
    faultMarks: () => [],
    marks(view: StateView): PictureMark[] {
      const marks: PictureMark[] = [];
      for (const name of routers) {
        const state = view[`${name}.state`];
        if (state === 'MASTER') marks.push({ element: nodeKey(name), mark: 'master' });
        if (state === 'DOWN') marks.push({ element: nodeKey(name), mark: 'failed' });
        if (view['lan'] === 'partitioned') marks.push({ element: edgeKey(name), mark: 'failed' });
      }
      return marks;
    },
  };
}
