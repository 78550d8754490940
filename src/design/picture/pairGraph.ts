import graphlib from '@dagrejs/graphlib';
import type { PictureEdge, PictureNode, PictureShape } from './designPicture.js';

/** A node of a small hand-made picture, and the edges to draw. */
export interface PairGraphSpec {
  readonly nodes: readonly { readonly name: string; readonly shape: PictureShape; readonly tier: number }[];
  /** Edge id, and the two node names it joins. */
  readonly edges: readonly { readonly id: string; readonly between: readonly [string, string]; readonly caption?: string }[];
}

/** The picture graph of models without a topology: their nodes and the channels between them. */
export function pairGraph(spec: PairGraphSpec): graphlib.Graph<unknown, PictureNode, PictureEdge> {
  const graph = new graphlib.Graph<unknown, PictureNode, PictureEdge>({ directed: false, multigraph: true });
  for (const n of spec.nodes) graph.setNode(n.name, { label: n.name, shape: n.shape, tier: n.tier });
  for (const e of spec.edges) graph.setEdge(e.between[0], e.between[1], { id: e.id, ports: [], ...(e.caption === undefined ? {} : { caption: e.caption }) }, e.id);
  return graph;
}
