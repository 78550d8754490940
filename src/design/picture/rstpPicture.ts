import graphlib from '@dagrejs/graphlib';
import type { RstpConfig } from '../../../models/rstp/config.js';
import type { StateView } from '../../core/model.js';
import { edgeKey, nodeKey, portKey, type DesignPicture, type PictureEdge, type PictureMark, type PictureNode } from './designPicture.js';

/**
 * The picture of an `rstp:` design: its bridges and links, the best bridge id on top and the
 * others by their hop distance from it; a state marks a bridge or link that is down, the
 * ports that discard (alternate, backup or not yet forwarding) and each live bridge's root.
 */
export function rstpPicture(config: RstpConfig): DesignPicture {
  const name = (b: number) => config.bridges[b]!.name;
  const graph = new graphlib.Graph<unknown, PictureNode, PictureEdge>({ directed: false, multigraph: true });
  const best = config.rank.indexOf(0);
  const hops = new Map<number, number>([[best, 0]]);
  const queue = [best];
  for (let i = 0; i < queue.length; i++) {
    for (const p of config.portsOf[queue[i]!]!) {
      const next = config.ports[config.ports[p]!.peer]!.bridge;
      if (!hops.has(next)) {
        hops.set(next, hops.get(queue[i]!)! + 1);
        queue.push(next);
      }
    }
  }
  config.bridges.forEach((b, i) => graph.setNode(b.name, { label: b.name, shape: 'switch', tier: hops.get(i) ?? 0 }));
  const portLabel = (p: number) => `${name(config.ports[p]!.bridge)}:${config.ports[p]!.name}`;
  for (const l of config.links) {
    const ends = [l.a, l.b].map((p) => ({ node: name(config.ports[p]!.bridge), port: portLabel(p) }));
    graph.setEdge(ends[0]!.node, ends[1]!.node, { id: l.name, ports: ends }, l.name);
  }
  return {
    graph,
    faultMarks: () => [],
    marks(view: StateView): PictureMark[] {
      const marks: PictureMark[] = [];
      for (const b of config.bridges) {
        if (view[`${b.name}.status`] === 'down') marks.push({ element: nodeKey(b.name), mark: 'failed' });
        const root = view[`${b.name}.root`];
        if (typeof root === 'string' && root === `${b.name}/0`) marks.push({ element: nodeKey(b.name), mark: 'root' });
      }
      for (const l of config.links) if (view[`link.${l.name}`] === 'down') marks.push({ element: edgeKey(l.name), mark: 'failed' });
      config.ports.forEach((_, p) => {
        const port = view[portLabel(p)];
        if (typeof port === 'string' && / disc /.test(port)) marks.push({ element: portKey(portLabel(p)), mark: 'blocked' });
      });
      return marks;
    },
  };
}
