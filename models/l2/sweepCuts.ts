/**
 * Articulation points and bridges of the physical switch graph (switches, and the links
 * between two switches), by Tarjan's low-link DFS: O(V + E) for all single failures at once.
 * Parallel links count separately, so two cables between the same switches are no bridge.
 */
import type { CompiledTopology } from './compileTopology.js';

/** Per node index: 1 for a cut switch; per link index: 1 for a bridge link. */
export interface SwitchCuts {
  readonly cutNode: Uint8Array;
  readonly bridgeLink: Uint8Array;
}

/** The cut switches and bridge links of `topo`'s healthy switch graph. */
export function switchCuts(topo: CompiledTopology): SwitchCuts {
  const nodeCount = topo.nodeNames.length;
  const isSwitch = (n: number) => topo.nodeKinds[n] === 'switch';
  const adjacency: [number, number][][] = topo.nodeNames.map(() => []);
  topo.linkIds.forEach((_, l) => {
    const a = topo.portNode[topo.linkA[l]!]!;
    const b = topo.portNode[topo.linkB[l]!]!;
    if (a === b || !isSwitch(a) || !isSwitch(b)) return;
    adjacency[a]!.push([b, l]);
    adjacency[b]!.push([a, l]);
  });
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const cutNode = new Uint8Array(nodeCount);
  const bridgeLink = new Uint8Array(topo.linkIds.length);
  let clock = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (!isSwitch(root) || order[root] !== -1) continue;
    // Frames: [vertex, link it was entered by, next adjacency index].
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = clock++;
    let rootChildren = 0;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const [v, via] = frame;
      const edges = adjacency[v]!;
      if (frame[2] < edges.length) {
        const [w, l] = edges[frame[2]++]!;
        if (l === via) continue;
        if (order[w] === -1) {
          order[w] = low[w] = clock++;
          if (v === root) rootChildren++;
          stack.push([w, l, 0]);
        } else low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) continue;
      const p = parent[0];
      low[p] = Math.min(low[p]!, low[v]!);
      if (low[v]! > order[p]!) bridgeLink[via] = 1;
      if (p !== root && low[v]! >= order[p]!) cutNode[p] = 1;
    }
    if (rootChildren > 1) cutNode[root] = 1;
  }
  return { cutNode, bridgeLink };
}
