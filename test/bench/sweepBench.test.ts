import { describe, expect, it } from 'vitest';
import { leafSpineFabric } from '../../bench/fabric.js';
import { measureSweep } from '../../bench/sweepBench.js';

describe('the sweep bench', () => {
  it('builds a leaf-spine fabric with every leaf on every spine and servers on leaf pairs', () => {
    const t = leafSpineFabric({ spines: 3, leaves: 4, servers: 5 });
    expect(t.nodes.filter((n) => n.kind === 'switch')).toHaveLength(7);
    expect(t.links).toHaveLength(3 * 4 + 2 * 5);
    expect(t.bonds).toHaveLength(5);
    expect(t.links.filter((l) => l.a.node === 'Server3').map((l) => l.b.node)).toEqual(['Leaf1', 'Leaf2']);
  });

  it('sweeps every single failure of a small fabric and agrees with the naive sample', () => {
    const line = measureSweep({ spines: 2, leaves: 6, servers: 9 }, 12);
    expect(line.faultSets).toBe(8 + 9 + 2 * (12 + 18) + 12 + 18);
    expect(line.evaluated).toBeLessThan(line.classes);
    expect(line.breaking).toBe(0);
    expect(line.sampleAgrees).toBe(true);
  });
});
