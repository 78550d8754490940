import { describe, expect, it } from 'vitest';
import { createDrbdModel } from '../../../models/drbd/model.js';
import { noAckedWriteLost, noSplitBrain, servedWrites, singlePrimary } from '../../../properties/drbd.js';
import { walk } from '../vrrp/walk.js';

const m = createDrbdModel({ nodes: ['alice', 'bob'], protocol: 'B', promoteWhen: 'any' });

describe('no-acked-write-lost', () => {
  const holds = noAckedWriteLost().holds;

  it('counts a write the new Primary received into memory as served', () => {
    const s = walk(m, ['write(alice)', 'deliver(alice)', 'crash(alice)', 'promote(bob)']);
    expect(servedWrites(s, 1)).toBe(1);
    expect(holds(s)).toBe(true);
  });

  it('says nothing while no node is Primary, and fails once a node without the write is promoted', () => {
    const down = walk(m, ['write(alice)', 'deliver(alice)', 'powerLoss', 'restart(bob)']);
    expect(holds(down)).toBe(true);
    expect(holds(walk(m, ['promote(bob)'], down))).toBe(false);
  });

  it('lets a Diskless Primary serve its connected peer data', () => {
    const s = walk(m, ['write(alice)', 'deliver(alice)', 'persist(bob)', 'diskFailure(alice)']);
    expect(s.nodes[0].disk).toBe('Diskless');
    expect(servedWrites(s, 0)).toBe(1);
    expect(holds(s)).toBe(true);
  });
});

describe('single-primary and no-split-brain', () => {
  it('fail together when a cut Secondary is promoted without fencing', () => {
    const cut = walk(m, ['cut']);
    const both = walk(m, ['promote(bob)'], cut);
    expect([singlePrimary().holds(cut), noSplitBrain().holds(cut)]).toEqual([true, true]);
    expect([singlePrimary().holds(both), noSplitBrain().holds(both)]).toEqual([false, false]);
  });

  it('tell a split brain from a failover: a crashed Primary has not moved its generation on', () => {
    const failover = walk(m, ['crash(alice)', 'promote(bob)', 'restart(alice)']);
    expect([singlePrimary().holds(failover), noSplitBrain().holds(failover)]).toEqual([true, true]);
  });
});
