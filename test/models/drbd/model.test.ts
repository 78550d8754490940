import { describe, expect, it } from 'vitest';
import type { DrbdParams } from '../../../models/drbd/config.js';
import { createDrbdModel } from '../../../models/drbd/model.js';
import { promote } from '../../../models/drbd/promote.js';
import { drbdProperties } from '../../../properties/drbd.js';
import { check } from '../../../src/explore/check.js';
import { enabled, walk } from '../vrrp/walk.js';

const model = (extra: Partial<DrbdParams> = {}) => createDrbdModel({ nodes: ['alice', 'bob'], ...extra });

describe('replication protocols', () => {
  it('acknowledges a protocol A write as soon as it is on the local disk and in the send buffer', () => {
    const s = walk(model({ protocol: 'A' }), ['write(alice)']);
    expect([s.acked, s.nodes[0].data, s.nodes[0].sent, s.nodes[1].mem]).toEqual([1, 1, 1, 0]);
  });

  it('acknowledges a protocol B write once it reached the peer memory, not before', () => {
    const m = model({ protocol: 'B' });
    expect(walk(m, ['write(alice)']).acked).toBe(0);
    const s = walk(m, ['write(alice)', 'deliver(alice)']);
    expect([s.acked, s.nodes[1].mem, s.nodes[1].data]).toEqual([1, 1, 0]);
  });

  it('acknowledges a protocol C write only once it is on the peer disk', () => {
    const m = model({ protocol: 'C' });
    expect(walk(m, ['write(alice)', 'deliver(alice)']).acked).toBe(0);
    const s = walk(m, ['write(alice)', 'deliver(alice)', 'persist(bob)']);
    expect([s.acked, s.nodes[1].data]).toEqual([1, 1]);
  });

  it('completes pending writes locally when the peer is lost, and a new data generation starts', () => {
    const s = walk(model({ protocol: 'C' }), ['write(alice)', 'crash(bob)']);
    expect([s.acked, s.nodes[0].newGen, s.nodes[0].conn]).toEqual([1, true, 'WFConnection']);
  });

  it('freezes writes under resource-and-stonith until the fence-peer handler has outdated the peer', () => {
    const m = model({ protocol: 'C', fencing: 'resource-and-stonith' });
    const cut = walk(m, ['write(alice)', 'cut']);
    expect([cut.acked, cut.nodes[0].fencePending]).toEqual([0, true]);
    expect(enabled(m, cut)).not.toContain('write(alice)');
    const fenced = walk(m, ['fence(alice)'], cut);
    expect([fenced.acked, fenced.nodes[1].disk, fenced.nodes[0].newGen]).toEqual([1, 'Outdated', true]);
  });
});

describe('promotion rules', () => {
  const any = { promoteWhen: 'any' } as const;

  it('refuses to promote while the peer is Primary and connected, unless allow-two-primaries', () => {
    const m = model(any);
    const [s0] = m.initialStates();
    expect(promote(m.config, s0!, 1, false)).toMatchObject({ ok: false, reason: 'two-primaries' });
    expect(promote(model({ ...any, allowTwoPrimaries: true }).config, s0!, 1, false).ok).toBe(true);
  });

  it('refuses Outdated data unless forced, and marks a forced promotion stale', () => {
    const m = model({ fencing: 'resource-only', forcePromote: true });
    const outdated = walk(m, ['cut', 'fence(alice)', 'crash(alice)']);
    expect(outdated.nodes[1].disk).toBe('Outdated');
    expect(promote(m.config, outdated, 1, false)).toMatchObject({ ok: false, reason: 'no-up-to-date-disk' });
    expect(enabled(m, outdated)).toContain('promote--force(bob)');
    expect(walk(m, ['promote--force(bob)'], outdated).stalePromotion).toBe(true);
  });

  it('lets a disconnected peer outdate itself when the fence-peer handler finds a live Primary', () => {
    const m = model({ ...any, fencing: 'resource-only' });
    const outcome = promote(m.config, walk(m, ['cut']), 1, false);
    expect(outcome).toMatchObject({ ok: false, reason: 'peer-is-primary' });
    expect(outcome.state.nodes[1].disk).toBe('Outdated');
  });

  it('promotes a disconnected Secondary without fencing, which is how split brain starts', () => {
    const s = walk(model(any), ['cut', 'promote(bob)']);
    expect(s.nodes.map((n) => [n.role, n.newGen])).toEqual([
      ['Primary', true],
      ['Primary', true],
    ]);
  });

  it('offers promotion under the failover policy only once no node is Primary', () => {
    const m = model();
    expect(enabled(m, walk(m, ['cut']))).not.toContain('promote(bob)');
    expect(enabled(m, walk(m, ['crash(alice)']))).toContain('promote(bob)');
  });
});

describe('connecting', () => {
  const any = { promoteWhen: 'any', demote: true } as const;

  it('resyncs the node that moved on onto the other after a cut', () => {
    const m = model({ protocol: 'A' });
    const s = walk(m, ['cut', 'write(alice)', 'reconnect', 'connect']);
    expect(s.nodes.map((n) => [n.conn, n.data, n.newGen])).toEqual([
      ['Connected', 1, false],
      ['Connected', 1, false],
    ]);
  });

  it('makes the crashed Primary the sync target once the survivor was promoted', () => {
    const m = model({ protocol: 'A' });
    const s = walk(m, ['write(alice)', 'crash(alice)', 'promote(bob)', 'restart(alice)', 'connect']);
    expect([s.nodes[0].data, s.nodes[0].role, s.nodes[1].role]).toEqual([0, 'Secondary', 'Primary']);
  });

  it('drops both nodes to StandAlone on split brain under the default disconnect policies', () => {
    const split = ['cut', 'promote(bob)', 'write(alice)', 'demote(alice)', 'demote(bob)', 'reconnect', 'connect'];
    const s = walk(model(any), split);
    expect(s.nodes.map((n) => n.conn)).toEqual(['StandAlone', 'StandAlone']);
  });

  it('discards the younger Primary, or the side without changes, as after-sb-0pri says', () => {
    // bob, promoted last, wrote write 1; alice, the older Primary, wrote nothing.
    const split = ['cut', 'promote(bob)', 'write(bob)', 'demote(alice)', 'demote(bob)', 'reconnect', 'connect'];
    const younger = walk(model({ ...any, afterSb0Pri: 'discard-younger-primary' }), split);
    expect(younger.nodes.map((n) => [n.conn, n.data])).toEqual([
      ['Connected', 0],
      ['Connected', 0],
    ]);
    const zero = walk(model({ ...any, afterSb0Pri: 'discard-zero-changes' }), split);
    expect(zero.nodes.map((n) => [n.conn, n.data])).toEqual([
      ['Connected', 1],
      ['Connected', 1],
    ]);
  });

  it('discards the Secondary under after-sb-1pri discard-secondary', () => {
    const split = ['cut', 'promote(bob)', 'write(bob)', 'demote(alice)', 'reconnect', 'connect'];
    const s = walk(model({ ...any, afterSb1Pri: 'discard-secondary' }), split);
    expect(s.nodes.map((n) => [n.role, n.conn, n.data])).toEqual([
      ['Secondary', 'Connected', 1],
      ['Primary', 'Connected', 1],
    ]);
  });
});

describe('the DRBD model state space', () => {
  it('has a pinned size for protocol C, every fault kind, resource-and-stonith, budget 2', () => {
    const m = model({ protocol: 'C', fencing: 'resource-and-stonith', faultKinds: ['crash', 'power', 'link'] });
    const result = check(m, drbdProperties(), { maxFaults: 2 });
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([425, 743]);
  });

  it('loses an acked write with resource-only fencing when the cut Primary crashes before its handler runs', () => {
    const m = model({ protocol: 'C', fencing: 'resource-only', faultKinds: ['crash', 'power', 'link'] });
    const result = check(m, drbdProperties(), { maxFaults: 2 });
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    const lost = result.verdicts.find((v) => v.property.name === 'no-acked-write-lost');
    expect(lost?.status === 'violated' && lost.trace.steps.map((s) => s.action)).toEqual(['write(alice)', 'cut', 'crash(alice)', 'promote(bob)']);
  });
});
