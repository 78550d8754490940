/**
 * The picture seam of the design-kind contract: what a design looks like (a graph of the
 * elements a reader recognises: switches, hosts, cluster nodes, cables, ports) and what a
 * state of its model marks on it (a failed link, a blocked port, the VRRP master). Graphical
 * reports (`--format html`) lay the graph out and switch the marks as the reader steps; a kind
 * without a picture gets a page that says so (decision 0019).
 */
import type graphlib from '@dagrejs/graphlib';
import type { StateView } from '../../core/model.js';

/** How a node is drawn. */
export type PictureShape = 'switch' | 'host' | 'router' | 'node' | 'lan' | 'client';

/** A node of the picture graph (keyed by its name). */
export interface PictureNode {
  readonly label: string;
  readonly shape: PictureShape;
  /**
   * Its tier, top of the drawing first (core switches above access switches above hosts);
   * edges run from a lower tier to a higher one.
   */
  readonly tier: number;
}

/** An edge of the picture graph (named by its id, unique in the picture). */
export interface PictureEdge {
  readonly id: string;
  /** The ports at its ends, `Node:port`, each drawn as a dot near its node. */
  readonly ports: readonly { readonly node: string; readonly port: string }[];
  /** Words drawn beside the edge (`VRRP LAN`), for channels that are not cables. */
  readonly caption?: string;
}

/**
 * What a mark says about an element. `alike` marks an element whose failure has the same effect
 * as a marked fault (the other members of a `spof` class), drawn lighter than `failed`.
 */
export type MarkKind = 'failed' | 'gray' | 'blocked' | 'active' | 'master' | 'primary' | 'vip' | 'root' | 'unreachable' | 'loop' | 'alike';

/**
 * One mark on one element: `n:<node>`, `e:<edge id>` or `p:<Node:port>` (the keys the picture's
 * elements carry), and the kind of mark.
 */
export interface PictureMark {
  readonly element: string;
  readonly mark: MarkKind;
}

/** The picture of one design. */
export interface DesignPicture {
  /** Undirected multigraph: nodes labelled {@link PictureNode}, edges {@link PictureEdge} named by id. */
  readonly graph: graphlib.Graph<unknown, PictureNode, PictureEdge>;
  /** What a state (its view, as traces carry it) marks on the picture. */
  marks(view: StateView): readonly PictureMark[];
  /** What a set of failed elements (their fault ids, as `spof` rows give them) marks. */
  faultMarks(ids: readonly string[]): readonly PictureMark[];
}

/** The key of a node's mark. */
export const nodeKey = (name: string): string => `n:${name}`;
/** The key of an edge's mark. */
export const edgeKey = (id: string): string => `e:${id}`;
/** The key of a port's mark (`Node:port`). */
export const portKey = (label: string): string => `p:${label}`;
