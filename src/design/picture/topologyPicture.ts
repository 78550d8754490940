import type { CompiledTopology } from '../../../models/l2/compileTopology.js';
import type { StateView } from '../../core/model.js';
import { nodeKey, portKey, type DesignPicture, type PictureMark } from './designPicture.js';
import { topologyFaultMarks } from './topologyFaultMarks.js';
import { topologyGraph } from './topologyGraph.js';
import { viewList } from './viewList.js';

/**
 * The picture of a `topology:` design, and the marks of its flat view
 * (src/design/kinds/topologyView.ts): failed elements, ports spanning tree blocks, the slaves
 * each bond uses (`active`), the spanning-tree roots, a forwarding loop's switches and the
 * pair that no longer reach each other.
 */
export function topologyPicture(topo: CompiledTopology): DesignPicture {
  const bonds = topo.bonds.map((b) => ({ host: topo.nodeNames[b.host]!, key: `${topo.nodeNames[b.host]}:${b.name}` }));
  return {
    graph: topologyGraph(topo),
    faultMarks: topologyFaultMarks,
    marks(view: StateView): PictureMark[] {
      const marks = topologyFaultMarks(viewList(view['failed']));
      for (const port of viewList(view['blocked'])) marks.push({ element: portKey(port), mark: 'blocked' });
      for (const bond of bonds) {
        const used = view[bond.key];
        if (typeof used !== 'string' || used === 'down') continue;
        for (const nic of used.split('+')) marks.push({ element: portKey(`${bond.host}:${nic}`), mark: 'active' });
      }
      for (const root of viewList(view['roots'])) marks.push({ element: nodeKey(root), mark: 'root' });
      const loop = view['loop'];
      if (typeof loop === 'string' && loop !== 'none') for (const node of new Set(loop.split('→'))) marks.push({ element: nodeKey(node), mark: 'loop' });
      const unreachable = view['unreachable'];
      if (typeof unreachable === 'string' && unreachable !== 'none') for (const node of unreachable.split(/[↮↔]/)) marks.push({ element: nodeKey(node), mark: 'unreachable' });
      return marks;
    },
  };
}
