import { describe, expect, it } from 'vitest';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand } from '../../models/vrrp/walk.js';

describe('R6 reference designs', () => {
  it('finds two MASTERs on a connected LAN when VRRPv2 advert_int differs, without any fault', () => {
    const result = checkShipped('r6-advert-mismatch.pitfall');
    expect(result.status).toBe('violation');
    expect(verdicts(result)).toEqual({ 'single-master': 'violated', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'holds' });
    expect(violationActions(result, 'single-master')).toEqual(
      expand(['tick*13', 'downTimer(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*4', 'advert(gw-a)', 'tick', 'downTimer(gw-b)']),
    );
  });

  it('passes once both routers use the same advert_int, with a pinned state count', () => {
    const result = checkShipped('r6-advert-mismatch.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([487, 563]);
  });

  it('finds the failback when nopreempt sits on the lower-priority router', () => {
    const result = checkShipped('r6-nopreempt-placement.pitfall');
    expect(result.status).toBe('violation');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'violated' });
    expect(violationActions(result, 'no-failback-under-nopreempt')).toEqual(
      expand(['tick*2', 'crash(gw-a)', 'restart(gw-a)', 'tick*12', 'downTimer(gw-b)', 'tick', 'downTimer(gw-a)']),
    );
  });

  it('finds the failback when nopreempt is cleared by state MASTER and keepalived restarts', () => {
    const result = checkShipped('r6-nopreempt-state-master.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'violated' });
    expect(violationActions(result, 'no-failback-under-nopreempt')).toEqual(
      expand(['tick*2', 'stop(gw-a)', 'start(gw-a)', 'tick*12', 'downTimer(gw-b)', 'tick', 'downTimer(gw-a)']),
    );
  });

  it('passes once the nopreempt router starts as BACKUP', () => {
    expect(checkShipped('r6-nopreempt-state-master.fix').status).toBe('pass');
  });

  it('passes with nopreempt on the higher-priority router', () => {
    const result = checkShipped('r6-nopreempt-placement.fix');
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
  });
});
