import graphlib from '@dagrejs/graphlib';
import type { CompiledTopology } from '../../../models/l2/compileTopology.js';
import type { PictureEdge, PictureNode } from './designPicture.js';

/**
 * The picture graph of a compiled topology, read off the graphlib multigraph the topology
 * compiler builds (one node per switch, host or router, one edge per link named by its id),
 * with each link's two ports and each node's tier: the core on top (the switches with the
 * most switch neighbours), then switches by their distance from the core, hosts at the
 * bottom, routers above the core.
 */
export function topologyGraph(topo: CompiledTopology): graphlib.Graph<unknown, PictureNode, PictureEdge> {
  const source = topo.graph;
  const switches = topo.nodeNames.filter((_, i) => topo.nodeKinds[i] === 'switch');
  const switchDegree = (name: string) => new Set((source.neighbors(name) ?? []).filter((n) => switches.includes(n) && n !== name)).size;
  const most = Math.max(0, ...switches.map(switchDegree));
  const distance = switchDistances(source, switches, switches.filter((s) => switchDegree(s) === most));
  const bottom = Math.max(0, ...distance.values()) + 1;
  const picture = new graphlib.Graph<unknown, PictureNode, PictureEdge>({ directed: false, multigraph: true });
  topo.nodeNames.forEach((name, i) => {
    const kind = topo.nodeKinds[i]!;
    const tier = kind === 'router' ? -1 : kind === 'host' ? bottom : distance.get(name) ?? bottom - 1;
    picture.setNode(name, { label: name, shape: kind, tier });
  });
  for (const e of source.edges()) {
    const id = e.name!;
    const l = topo.linkIndex.get(id)!;
    const ports = [topo.linkA[l]!, topo.linkB[l]!].map((p) => ({ node: topo.nodeNames[topo.portNode[p]!]!, port: topo.portLabels[p]! }));
    picture.setEdge(e.v, e.w, { id, ports }, id);
  }
  return picture;
}

/** Breadth-first distance of each switch from `core`, through switches only. */
function switchDistances(graph: graphlib.Graph, switches: readonly string[], core: readonly string[]): Map<string, number> {
  const distance = new Map(core.map((s) => [s, 0]));
  const queue = [...core];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i]!;
    for (const next of graph.neighbors(here) ?? []) {
      if (distance.has(next) || !switches.includes(next)) continue;
      distance.set(next, distance.get(here)! + 1);
      queue.push(next);
    }
  }
  return distance;
}
