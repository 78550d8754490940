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
 * pairs that no longer reach each other.
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
        // The slaves a bond uses: an array (`[eth0]`, empty when down), or the older `eth0+eth1` / `down`.
        const used = view[bond.key];
        const nics = Array.isArray(used) ? used.map(String) : typeof used === 'string' && used !== 'down' ? used.split('+') : [];
        for (const nic of nics) marks.push({ element: portKey(`${bond.host}:${nic}`), mark: 'active' });
      }
      for (const root of viewList(view['roots'])) marks.push({ element: nodeKey(root), mark: 'root' });
      const loop = view['loop'];
      const loopNodes = Array.isArray(loop) ? loop.map(String) : typeof loop === 'string' && loop !== 'none' ? loop.split('→') : [];
      for (const node of new Set(loopNodes)) marks.push({ element: nodeKey(node), mark: 'loop' });
      const cutOff = new Set(viewList(view['unreachable']).flatMap((pair) => pair.split(/[↮↔]/)));
      for (const node of cutOff) marks.push({ element: nodeKey(node), mark: 'unreachable' });
      return marks;
    },
  };
}
