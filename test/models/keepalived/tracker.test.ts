import { describe, expect, it } from 'vitest';
import { effectivePriority, type TrackerParams } from '../../../models/keepalived/config.js';
import { adjustmentOf, afterRun, holdsInFault, TRACKER_IDLE, type TrackerState } from '../../../models/keepalived/tracker.js';

const chk = (over: Partial<TrackerParams> = {}): TrackerParams => ({ name: 'chk', check: 'dns', interval: 5, fall: 3, rise: 2, weight: 0, ...over });
const runs = (params: TrackerParams, results: readonly boolean[], from: TrackerState = TRACKER_IDLE): TrackerState =>
  results.reduce((t, ok) => afterRun(params, t, ok, 20), from);

describe('vrrp_script tracking', () => {
  it('takes its first status from one result, whatever fall and rise say', () => {
    expect(runs(chk(), [true]).trk).toBe('ok');
    expect(runs(chk(), [false]).trk).toBe('ko');
  });

  it('needs fall consecutive failures to turn KO and rise consecutive successes to turn OK', () => {
    expect(runs(chk(), [true, false, false]).trk).toBe('ok');
    expect(runs(chk(), [true, false, false, false]).trk).toBe('ko');
    expect(runs(chk(), [true, false, false, true, false, false]).trk).toBe('ok');
    expect(runs(chk(), [false, true]).trk).toBe('ko');
    expect(runs(chk(), [false, true, true]).trk).toBe('ok');
  });

  it('re-arms the run timer after every run', () => {
    expect(runs(chk(), [true]).next).toBe(20);
  });

  it('holds a weight-0 instance in FAULT until the script reports OK', () => {
    expect(holdsInFault(chk(), TRACKER_IDLE)).toBe(true);
    expect(holdsInFault(chk(), runs(chk(), [true]))).toBe(false);
    expect(holdsInFault(chk({ weight: -10 }), runs(chk(), [false]))).toBe(false);
    expect(holdsInFault(undefined, TRACKER_IDLE)).toBe(false);
  });

  it('adds a positive weight while OK and subtracts a negative one while KO', () => {
    expect(adjustmentOf(chk({ weight: 20 }), runs(chk(), [true]))).toBe(20);
    expect(adjustmentOf(chk({ weight: 20 }), runs(chk(), [false]))).toBe(0);
    expect(adjustmentOf(chk({ weight: -20 }), runs(chk(), [false]))).toBe(-20);
    expect(adjustmentOf(chk({ weight: -20 }), runs(chk(), [true]))).toBe(0);
  });

  it('clamps the effective priority to 1..254 and never changes an owner', () => {
    expect(effectivePriority(250, 20)).toBe(254);
    expect(effectivePriority(10, -50)).toBe(1);
    expect(effectivePriority(255, -100)).toBe(255);
    expect(effectivePriority(150, -60)).toBe(90);
  });
});
