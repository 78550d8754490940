/**
 * Root path priority vectors (802.1D-2004 §17.6, PROTOCOLS.md §6.2): a bridge compares the
 * offers it receives on its ports by root path cost, then designated bridge id, then
 * designated port id, then the id of the receiving port; lower is better and the first
 * difference decides. The root id is left out: within one tree every offer carries the same
 * root (the lowest bridge id of the component), so it never decides.
 */

/** An offer of a path to the root, received by bridge `bridge` on port `port`. */
export interface RootPathVector {
  readonly cost: number;
  readonly designatedBridgeId: string;
  readonly designatedPortId: number;
  readonly receivingPortId: number;
  /** Index of the receiving bridge. */
  readonly bridge: number;
  /** Index of the receiving port. */
  readonly port: number;
}

/** Negative when `a` is the better vector, positive when `b` is, 0 when they tie. */
export function compareVectors(a: RootPathVector, b: RootPathVector): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.designatedBridgeId !== b.designatedBridgeId) return a.designatedBridgeId < b.designatedBridgeId ? -1 : 1;
  if (a.designatedPortId !== b.designatedPortId) return a.designatedPortId - b.designatedPortId;
  return a.receivingPortId - b.receivingPortId;
}

/**
 * A designated priority vector without its root: what a bridge transmits on a port
 * (its root path cost, its bridge id, the port's id). Lower is better.
 */
export interface DesignatedVector {
  readonly cost: number;
  readonly bridgeId: string;
  readonly portId: number;
  /** Index of the transmitting port. */
  readonly port: number;
}

/** Negative when `a` is the better designated vector. */
export function compareDesignated(a: DesignatedVector, b: DesignatedVector): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.bridgeId !== b.bridgeId) return a.bridgeId < b.bridgeId ? -1 : 1;
  return a.portId - b.portId;
}
