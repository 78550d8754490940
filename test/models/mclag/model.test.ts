import { describe, expect, it } from 'vitest';
import { createMclagModel } from '../../../models/mclag/model.js';
import { distributing, dualActive } from '../../../models/mclag/state.js';
import { enabled, walk } from '../vrrp/walk.js';
import { domain } from './params.js';

const vpc = createMclagModel(domain());

describe('the MC-LAG model', () => {
  it('starts coordinated with the lower priority primary and the server distributing over both', () => {
    const [s] = vpc.initialStates();
    expect(s!.peers.map((p) => p.role)).toEqual(['primary', 'secondary']);
    expect([distributing(s!, 0), distributing(s!, 1)]).toEqual([true, true]);
    expect(enabled(vpc, s!)).toEqual(['tick', 'peerLinkDown', 'keepaliveDown', 'crash(leaf1)', 'crash(leaf2)', 'memberDown(leaf1)', 'memberDown(leaf2)']);
  });

  it('makes the primary win the role whatever the list order', () => {
    const swapped = createMclagModel(domain({ peers: [{ name: 'a', priority: 300 }, { name: 'b', priority: 7 }] }));
    expect(swapped.initialStates()[0]!.peers.map((p) => p.role)).toEqual(['secondary', 'primary']);
  });

  it('suspends the secondary one tick after the peer link fails while keepalives still arrive', () => {
    const s = walk(vpc, ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'peerAlive(leaf2)']);
    expect(s.peers[1]).toMatchObject({ role: 'secondary', members: 'suspended', pl: 'lost' });
    expect([distributing(s, 0), distributing(s, 1)]).toEqual([true, false]);
  });

  it('keeps time still while a protocol step is due (steps are urgent)', () => {
    const s = walk(vpc, ['peerLinkDown']);
    expect(enabled(vpc, s).filter((l) => !l.includes('Down') && !l.includes('crash') && !l.includes('Up'))).toEqual(['detect(leaf1)', 'detect(leaf2)']);
  });

  it('promotes the secondary after the keepalive timeout when the primary dies', () => {
    const s = walk(vpc, ['crash(leaf1)', 'detect(leaf2)', 'tick*5', 'peerDead(leaf2)']);
    expect(s.peers[1]).toMatchObject({ role: 'primary', members: 'up', sysId: 'shared' });
    expect(s.agg).toBe('shared');
    expect(distributing(s, 1)).toBe(true);
  });

  it('re-syncs when the peer link returns: one primary, both members up', () => {
    const s = walk(vpc, ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'peerAlive(leaf2)', 'peerLinkUp', 'sync']);
    expect(s.peers.map((p) => [p.role, p.members, p.pl])).toEqual([
      ['primary', 'up', 'up'],
      ['secondary', 'up', 'up'],
    ]);
  });

  it('keeps a returning primary as secondary (roles do not preempt)', () => {
    const s = walk(vpc, ['crash(leaf1)', 'detect(leaf2)', 'tick*5', 'peerDead(leaf2)', 'restart(leaf1)', 'sync']);
    expect(s.peers.map((p) => p.role)).toEqual(['secondary', 'primary']);
  });

  it('lets clagd fall back to its own system id, and the server bond keeps the primary', () => {
    const clag = createMclagModel(domain({ onPeerLost: 'own-system-id', autoRecovery: true }));
    const s = walk(clag, ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'keepaliveDown', 'tick*5', 'peerDead(leaf2)']);
    expect(s.peers[1]).toMatchObject({ role: 'primary', members: 'up', sysId: 'own' });
    expect(s.agg).toBe('shared');
    expect(dualActive(s)).toBe(false);
    const primaryGone = walk(clag, ['crash(leaf1)'], s);
    expect(primaryGone.agg).toBe('own1');
    expect(distributing(primaryGone, 1)).toBe(true);
  });

  it('promotes an Arista secondary at once without dual-primary detection', () => {
    const arista = createMclagModel(domain({ onPeerLinkLoss: 'promote-secondary' }));
    const s = walk(arista, ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'peerAlive(leaf2)']);
    expect(dualActive(s)).toBe(true);
  });

  it('offers no keepalive fault when the keepalive rides on the peer link', () => {
    const over = createMclagModel(domain({ keepalive: 'over-peer-link' }));
    expect(enabled(over, over.initialStates()[0]!)).not.toContain('keepaliveDown');
  });
});
