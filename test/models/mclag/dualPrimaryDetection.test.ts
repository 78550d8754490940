/**
 * Arista MLAG dual-primary detection: the secondary takes over when the peer link fails, and
 * errdisables once it has heard its peer, primary too, over a heartbeat of its own for the
 * detection delay. Detection is only as good as the heartbeat's path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DualPrimaryDetection } from '../../../models/mclag/config.js';
import { createMclagModel } from '../../../models/mclag/model.js';
import { distributing, dualActive } from '../../../models/mclag/state.js';
import { mclagKind } from '../../../src/design/kinds/mclag.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violationActions } from '../../fixtures/designs.js';
import { enabled, expand, walk } from '../vrrp/walk.js';
import { domain } from './params.js';

const FIX = readFileSync(shippedPath('mlag-dual-primary.fix'), 'utf8');
const load = (text: string) => parseDesign(text, 't.yaml', [mclagKind]);
const checkText = (text: string) => {
  const design = load(text);
  return check(design.model, design.properties, design.options);
};

const arista = (dualPrimary: DualPrimaryDetection = { delay: 3, heartbeat: 'separate', recoveryDelay: 0 }) =>
  createMclagModel(domain({ keepalive: 'over-peer-link', onPeerLinkLoss: 'promote-secondary', dualPrimary }));
const split = ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick*5', 'peerDead(leaf2)'];

describe('the Arista dual-primary detection model', () => {
  it('promotes the secondary when the peer link fails, then errdisables it after the delay while the heartbeat answers', () => {
    const m = arista();
    const promoted = walk(m, split);
    expect(promoted.peers[1]).toMatchObject({ role: 'primary', members: 'up', dp: 'detecting', dpClock: 3 });
    expect(dualActive(promoted)).toBe(true);
    const counted = walk(m, ['tick*3'], promoted);
    expect(enabled(m, counted)).toContain('dualPrimary(leaf2)');
    const off = walk(m, ['dualPrimary(leaf2)'], counted);
    expect(off.peers[1]).toMatchObject({ role: 'secondary', members: 'suspended', dp: 'errdisabled' });
    expect([distributing(off, 0), distributing(off, 1), dualActive(off)]).toEqual([true, false, false]);
  });

  it('keeps the survivor primary when the peer died: no heartbeat, no errdisable', () => {
    const m = arista();
    const s = walk(m, ['crash(leaf1)', 'detect(leaf2)', 'tick*5', 'peerDead(leaf2)', 'tick*10']);
    expect(s.peers[1]).toMatchObject({ role: 'primary', members: 'up', dp: 'detecting', dpClock: 3 });
    expect(distributing(s, 1)).toBe(true);
  });

  it('starts the count again when the heartbeat is lost during the delay', () => {
    const m = arista();
    const s = walk(m, [...split, 'tick*2', 'heartbeatDown', 'tick']);
    expect(s.peers[1]).toMatchObject({ dp: 'detecting', dpClock: 3 });
    const back = walk(m, ['heartbeatUp', 'tick*2'], s);
    expect(back.peers[1]!.dpClock).toBe(1);
  });

  it('cannot detect anything over a heartbeat that rides on the peer link', () => {
    const m = arista({ delay: 3, heartbeat: 'over-peer-link', recoveryDelay: 0 });
    expect(enabled(m, m.initialStates()[0]!)).not.toContain('heartbeatDown');
    const s = walk(m, [...split, 'tick*20']);
    expect(dualActive(s)).toBe(true);
  });

  it('brings the errdisabled member back after the recovery delay once the peers meet again', () => {
    const m = arista({ delay: 3, heartbeat: 'separate', recoveryDelay: 4 });
    const off = walk(m, [...split, 'tick*3', 'dualPrimary(leaf2)', 'peerLinkUp', 'sync']);
    expect(off.peers.map((p) => [p.role, p.members, p.dp])).toEqual([
      ['primary', 'up', 'idle'],
      ['secondary', 'suspended', 'recovering'],
    ]);
    expect(enabled(m, walk(m, ['tick*3'], off))).not.toContain('dualPrimaryRecovered(leaf2)');
    const back = walk(m, ['tick*4', 'dualPrimaryRecovered(leaf2)'], off);
    expect(back.peers[1]).toMatchObject({ members: 'up', dp: 'idle' });
    expect(distributing(back, 1)).toBe(true);
  });

  it('adds no state to a domain without detection', () => {
    const vpc = createMclagModel(domain());
    expect(enabled(vpc, vpc.initialStates()[0]!)).not.toContain('heartbeatDown');
    expect(vpc.view?.(vpc.initialStates()[0]!)).not.toHaveProperty('heartbeat');
  });
});

describe('the mlag-dual-primary designs', () => {
  it('pitfall: without detection the split brain lasts as long as the peer link is down', () => {
    const result = checkShipped('mlag-dual-primary.pitfall');
    expect(verdicts(result)).toEqual({ 'dual-active-at-most': 'violated', 'server-keeps-path': 'holds' });
    expect(violationActions(result, 'dual-active-at-most')).toEqual(expand([...split, 'tick*6']));
  });

  it('fix: the secondary errdisables after the 5 s delay, under every single fault', () => {
    const result = checkShipped('mlag-dual-primary.fix');
    expect(verdicts(result)).toEqual({ 'dual-active-at-most': 'holds', 'server-keeps-path': 'holds' });
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
  });

  it('fix: pays with a dual-active window of the delay (the strict no-dual-active fails, one second less is too little)', () => {
    const strict = checkText(FIX.replace('  - server-keeps-path', '  - server-keeps-path\n  - no-dual-active'));
    expect(verdicts(strict)).toMatchObject({ 'no-dual-active': 'violated', 'dual-active-at-most': 'holds' });
    expect(violationActions(strict, 'no-dual-active')).toEqual(expand(split));
    const tighter = checkText(FIX.replace('  - dual-active-at-most: { seconds: 5 }', '  - dual-active-at-most: { seconds: 4 }'));
    expect(verdicts(tighter)).toMatchObject({ 'dual-active-at-most': 'violated' });
  });

  it('fix: a heartbeat that shares fate with the peer link detects nothing', () => {
    const result = checkText(FIX.replace('heartbeat: separate', 'heartbeat: over-peer-link'));
    expect(verdicts(result)).toEqual({ 'dual-active-at-most': 'violated', 'server-keeps-path': 'holds' });
    expect(violationActions(result, 'dual-active-at-most').filter((a) => a.endsWith('Down'))).toEqual(['peerLinkDown']);
  });

  it('fix: two faults defeat it — the heartbeat path lost during the split, or the primary dying after it', () => {
    const result = checkText(FIX.replace('budget: 1', 'budget: 2'));
    expect(verdicts(result)).toEqual({ 'dual-active-at-most': 'violated', 'server-keeps-path': 'violated' });
    expect(violationActions(result, 'dual-active-at-most').filter((a) => a.endsWith('Down'))).toEqual(['peerLinkDown', 'heartbeatDown']);
    expect(violationActions(result, 'server-keeps-path').filter((a) => a.endsWith('Down') || a.startsWith('crash'))).toEqual(['peerLinkDown', 'crash(leaf1)']);
  });
});
