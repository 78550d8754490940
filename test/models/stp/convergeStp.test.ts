import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../../src/core/errors.js';
import { convergeStp, type StpResult } from '../../../models/stp/index.js';
import { buildTopology } from './buildTopology.js';

/** `bridge/port → role` for every port, in topology order. */
function roles(result: StpResult): Record<string, string> {
  return Object.fromEntries([...result.ports].map(([key, p]) => [key, p.role]));
}

const none = new Set<string>();

describe('convergeStp on textbook topologies', () => {
  const triangle = buildTopology([['A', 4096], ['B'], ['C']], [['A', 'B'], ['A', 'C'], ['B', 'C']]);

  it('blocks the triangle edge farthest from the root on the higher bridge id', () => {
    const r = convergeStp(triangle, none);
    expect(r.roots).toEqual(['A']);
    expect(roles(r)).toEqual({
      'A/p1': 'designated', 'B/p1': 'root',
      'A/p2': 'designated', 'C/p1': 'root',
      'B/p2': 'designated', 'C/p2': 'alternate',
    });
    expect(r.ports.get('C/p2')?.state).toBe('discarding');
    expect(r.bridges.get('C')).toMatchObject({ root: 'A', rootId: '1000.020000000000', rootPathCost: 10, rootPort: 'p1' });
  });

  it('blocks the port of a ring of four that lies farthest from the root', () => {
    const ring = buildTopology([['A', 0], ['B'], ['C'], ['D']], [['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'A']]);
    const r = convergeStp(ring, none);
    // C is 20 away both ways; it keeps the path through B (lower designated bridge id).
    expect(r.bridges.get('C')).toMatchObject({ rootPathCost: 20, rootPort: 'p1' });
    expect(r.ports.get('C/p2')).toMatchObject({ role: 'alternate', state: 'discarding', designatedBridge: 'D' });
    expect([...r.ports.values()].filter((p) => p.state === 'discarding').map((p) => `${p.bridge}/${p.name}`)).toEqual(['C/p2']);
  });

  it('breaks equal root path costs by the designated bridge id, then the designated port id', () => {
    // X reaches the root R at cost 20 through M1 or M2 (M1 has the lower id), and directly
    // over two cross-wired links at cost 20 whose R ports differ.
    const t = buildTopology(
      [['R', 0], ['M1'], ['M2'], ['X']],
      [['R', 'M1'], ['R', 'M2'], ['M1', 'X'], ['M2', 'X'], { a: 'R', b: 'X', costB: 30 }],
    );
    expect(convergeStp(t, none).bridges.get('X')?.rootPort).toBe('p1');
    const cross = buildTopology(
      [['R', 0], ['X']],
      [{ a: 'R', b: 'X', priorityA: 144, id: 'hi' }, { a: 'R', b: 'X', priorityA: 128, id: 'lo' }],
    );
    // R/p1 has port id 0x9001, R/p2 0x8002: X keeps the second link although its own port is p2.
    const r = convergeStp(cross, none);
    expect(r.bridges.get('X')?.rootPort).toBe('p2');
    expect(r.ports.get('X/p1')?.role).toBe('alternate');
  });

  it('makes the second of two parallel links an alternate and a looped-back cable a backup', () => {
    const parallel = buildTopology([['A', 4096], ['B']], [['A', 'B'], ['A', 'B']]);
    expect(roles(convergeStp(parallel, none))).toEqual({
      'A/p1': 'designated', 'B/p1': 'root', 'A/p2': 'designated', 'B/p2': 'alternate',
    });
    const looped = buildTopology([['A', 4096], ['B']], [['A', 'B'], ['B', 'B']]);
    expect(roles(convergeStp(looped, none))).toEqual({
      'A/p1': 'designated', 'B/p1': 'root', 'B/p2': 'designated', 'B/p3': 'backup',
    });
  });

  it('re-elects the next lowest bridge id when the root fails', () => {
    const r = convergeStp(triangle, new Set(['A']));
    expect(r.roots).toEqual(['B']);
    expect(r.bridges.get('A')).toMatchObject({ up: false, root: null });
    expect(r.ports.get('A/p1')).toMatchObject({ role: 'disabled', state: 'discarding', up: false });
    expect(r.ports.get('B/p1')).toMatchObject({ role: 'disabled', up: false });
    expect(r.ports.get('C/p2')).toMatchObject({ role: 'root', state: 'forwarding' });
  });

  it('unblocks the alternate port when a link of the tree fails', () => {
    const r = convergeStp(triangle, new Set(['A-B']));
    expect(roles(r)).toEqual({
      'A/p1': 'disabled', 'B/p1': 'disabled',
      'A/p2': 'designated', 'C/p1': 'root',
      'B/p2': 'root', 'C/p2': 'designated',
    });
    expect(r.bridges.get('B')).toMatchObject({ rootPathCost: 20, rootPort: 'p2' });
  });

  it('elects one root per component when a failure splits the network', () => {
    const line = buildTopology([['A', 4096], ['B'], ['C', 8192]], [['A', 'B'], ['B', 'C']]);
    const r = convergeStp(line, new Set(['A-B']));
    expect(r.roots).toEqual(['A', 'C']);
    expect(r.bridges.get('B')).toMatchObject({ root: 'C', rootPort: 'p2' });
  });

  it('treats a bridge without spanning tree as a hub that floods BPDUs between its links', () => {
    // H runs no STP: A's and B's ports towards H share one segment. B reaches A at cost 10
    // through H (designated port A/p1) or directly (A/p2); the lower designated port id wins.
    const t = buildTopology([['A', 4096], ['H', 32768, 'none'], ['B']], [['A', 'H'], ['H', 'B'], ['A', 'B']]);
    const r = convergeStp(t, none);
    expect(roles(r)).toEqual({
      'A/p1': 'designated', 'H/p1': 'none', 'H/p2': 'none', 'B/p1': 'root', 'A/p2': 'designated', 'B/p2': 'alternate',
    });
    expect(r.ports.get('B/p1')?.designatedBridge).toBe('A');
    expect(r.bridges.get('H')).toMatchObject({ root: null, rootPort: null });
  });

  it('breaks a tie on the same segment by the receiving port id', () => {
    // B has two ports on the hub segment of A: same designated port, so B's own port id decides.
    const t = buildTopology([['A', 4096], ['H', 32768, 'none'], ['B']], [['A', 'H'], { a: 'H', b: 'B', priorityB: 144 }, ['H', 'B']]);
    const r = convergeStp(t, none);
    expect(r.bridges.get('B')?.rootPort).toBe('p2');
    expect(r.ports.get('B/p1')?.role).toBe('alternate');
  });

  it('rejects a malformed topology with every problem listed', () => {
    const bad = buildTopology([['A', 100], ['B']], [{ a: 'A', b: 'B', costA: 0 }]);
    expect(() => convergeStp(bad, none)).toThrow(FaultlineError);
    expect(() => convergeStp(bad, none)).toThrow(/priority 100[\s\S]*cost 0/);
  });
});
