/**
 * Lays a design's picture out with dagre (a layered graph layout) at report-generation time,
 * so the HTML page carries plain SVG coordinates and needs no layout script (decision 0019).
 * The picture graph is copied into a directed layout graph (edges from the upper tier down),
 * since dagre writes positions into the labels of the graph it lays out.
 */
import dagre from '@dagrejs/dagre';
import graphlib from '@dagrejs/graphlib';
import type { DesignPicture, PictureShape } from '../../design/picture/designPicture.js';

/** A point of the drawing. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A node placed: its centre and size. */
export interface PlacedNode extends Point {
  readonly name: string;
  readonly label: string;
  readonly shape: PictureShape;
  readonly width: number;
  readonly height: number;
}

/** An edge routed: its polyline, and its ports placed near their nodes. */
export interface PlacedEdge {
  readonly id: string;
  readonly points: readonly Point[];
  readonly ports: readonly (Point & { readonly port: string })[];
  readonly caption?: string;
}

/** The laid-out picture. */
export interface PictureLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

const CHAR = 7.2;
const HEIGHT = 34;
const MARGIN = 24;
/** How far from its node's border a port dot sits along the edge. */
const PORT_INSET = 11;
/** Perpendicular spacing of parallel edges between the same two nodes. */
const PARALLEL = 9;

/** The layout of `picture`: deterministic for a given picture. */
export function layoutPicture(picture: DesignPicture): PictureLayout {
  const source = picture.graph;
  const g = new graphlib.Graph<{ rankdir: string; nodesep: number; ranksep: number; marginx: number; marginy: number }, { width: number; height: number; x?: number; y?: number }, { minlen: number; points?: Point[] }>({ directed: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, marginx: MARGIN, marginy: MARGIN });
  for (const name of source.nodes()) {
    const n = source.node(name);
    g.setNode(name, { width: Math.max(64, n.label.length * CHAR + 24), height: HEIGHT });
  }
  for (const e of source.edges()) {
    const [v, w] = source.node(e.v).tier <= source.node(e.w).tier ? [e.v, e.w] : [e.w, e.v];
    // An edge within a tier (a core pair, a cluster's two nodes) does not rank its ends: they
    // share a rank and it is drawn straight between them.
    if (source.node(v).tier !== source.node(w).tier) g.setEdge(v, w, { minlen: 1 }, e.name);
  }
  dagre.layout(g as unknown as dagre.graphlib.Graph);
  const nodes = source.nodes().map((name): PlacedNode => {
    const n = source.node(name);
    const at = g.node(name);
    return { name, label: n.label, shape: n.shape, x: at.x!, y: at.y!, width: at.width, height: at.height };
  });
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const seen = new Map<string, number>();
  const edges = source.edges().map((e): PlacedEdge => {
    const label = source.edge(e);
    const laid = g.edges().find((f) => f.name === e.name);
    const routed = laid === undefined ? { points: straight(byName.get(e.v)!, byName.get(e.w)!) } : g.edge(laid);
    const pair = [e.v, e.w].sort().join('\u0000');
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const points = offset(routed.points ?? [], k);
    const ports = label.ports.map((p) => ({ port: p.port, ...portPoint(points, byName.get(p.node)!) }));
    return { id: label.id, points, ports, ...(label.caption === undefined ? {} : { caption: label.caption }) };
  });
  const graph = g.graph();
  const size = graph as unknown as { width?: number; height?: number };
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}

/** A straight line between the borders of two nodes. */
function straight(a: PlacedNode, b: PlacedNode): Point[] {
  return [border(a, b), border(b, a)];
}

/** Where the line from `from`'s centre to `to`'s centre leaves `from`'s box. */
function border(from: PlacedNode, to: PlacedNode): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return { x: from.x, y: from.y };
  const scale = Math.min(dx === 0 ? Infinity : from.width / 2 / Math.abs(dx), dy === 0 ? Infinity : from.height / 2 / Math.abs(dy));
  return { x: from.x + dx * scale, y: from.y + dy * scale };
}

/** The k-th parallel edge between two nodes, shifted sideways (0, +1, −1, +2, … spacings). */
function offset(points: readonly Point[], k: number): Point[] {
  if (k === 0 || points.length < 2) return [...points];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const dx = last.x - first.x;
  const dy = last.y - first.y;
  const length = Math.hypot(dx, dy) || 1;
  const shift = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * PARALLEL;
  return points.map((p) => ({ x: p.x - (dy / length) * shift, y: p.y + (dx / length) * shift }));
}

/** Where a port of `node` sits on an edge: the end nearest the node, moved inward along the edge. */
function portPoint(points: readonly Point[], node: PlacedNode): Point {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const fromStart = Math.hypot(first.x - node.x, first.y - node.y) <= Math.hypot(last.x - node.x, last.y - node.y);
  const end = fromStart ? first : last;
  const next = fromStart ? points[1] ?? last : points[points.length - 2] ?? first;
  const dx = next.x - end.x;
  const dy = next.y - end.y;
  const length = Math.hypot(dx, dy) || 1;
  const inset = Math.min(PORT_INSET, length / 3);
  return { x: round(end.x + (dx / length) * inset), y: round(end.y + (dy / length) * inset) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
