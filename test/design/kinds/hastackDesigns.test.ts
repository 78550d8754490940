import { describe, expect, it } from 'vitest';
import { replayPath } from '../../../src/core/successors.js';
import { formatPath, parsePath } from '../../../src/core/trace.js';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';

/** Collapses runs of `tick` into `tick*n` so pinned traces stay readable. */
function compact(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const label of labels) {
    const last = out[out.length - 1];
    const m = last === undefined ? null : /^tick(?:\*(\d+))?$/.exec(last);
    if (label === 'tick' && m) out[out.length - 1] = `tick*${Number(m[1] ?? 1) + 1}`;
    else out.push(label);
  }
  return out;
}

const BOOT = ['notify_backup(nfs-a): nfs.stop', 'notify_backup(nfs-a): umount', 'notify_backup(nfs-a): drbd.demote', 'notify_backup(nfs-b): nfs.stop', 'notify_backup(nfs-b): umount', 'notify_backup(nfs-b): drbd.demote'];
const A_SERVES = ['tick*13', 'downTimer(nfs-a)', 'notify_master(nfs-a): drbd.promote', 'notify_master(nfs-a): mount', 'notify_master(nfs-a): nfs.start'];

const PITFALLS = [
  {
    name: 's2-keepalived-drbd.pitfall',
    property: 'no-needless-failback',
    verdicts: { 'single-primary': 'violated', 'no-split-brain': 'violated', 'vip-holder-serves': 'holds', 'no-needless-failback': 'violated' },
    // nfs-a crashes before the first election, nfs-b takes over and serves; nfs-a comes back and preempts it.
    trace: [...BOOT.slice(3), 'crash(nfs-a)', 'tick*2', 'restart(nfs-a)', ...BOOT.slice(0, 3), 'tick*12', 'downTimer(nfs-b)', 'notify_master(nfs-b): drbd.promote', 'notify_master(nfs-b): mount', 'notify_master(nfs-b): nfs.start', 'tick', 'downTimer(nfs-a)'],
    states: 5661,
  },
  {
    name: 's3-keepalived-stopped.pitfall',
    property: 'vip-holder-serves',
    verdicts: { 'single-primary': 'holds', 'no-split-brain': 'holds', 'vip-holder-serves': 'violated', 'no-needless-failback': 'holds' },
    trace: [...BOOT, 'tick*13', 'downTimer(nfs-a)', 'notify_master(nfs-a): drbd.promote', 'stop(nfs-a)', 'tick*2', 'downTimer(nfs-b)', 'notify_master(nfs-b): drbd.promote fails (two-primaries)', 'tick*4', 'advert(nfs-b)', 'tick*4', 'advert(nfs-b)', 'tick*4', 'advert(nfs-b)', 'tick*4', 'advert(nfs-b)', 'tick'],
    states: 940,
  },
  {
    name: 's3-keepalived-killed.pitfall',
    property: 'vip-holder-serves',
    verdicts: { 'single-primary': 'holds', 'no-split-brain': 'holds', 'vip-holder-serves': 'violated' },
    // No priority-0 advert: nfs-b waits its whole Master_Down_Interval before its refused promote.
    trace: [...BOOT, 'tick*13', 'downTimer(nfs-a)', 'notify_master(nfs-a): drbd.promote', 'kill(nfs-a)', 'tick*14', 'downTimer(nfs-b)', 'notify_master(nfs-b): drbd.promote fails (two-primaries)', 'tick*4', 'advert(nfs-b)', 'tick'],
    // Issue 12 item 7: the killed nfs-a keeps the VIP (one more state bit), same shortest trace.
    states: 948,
  },
  {
    name: 's4-nfs-client-state.pitfall',
    property: 'clients-keep-access',
    verdicts: { 'single-primary': 'holds', 'vip-holder-serves': 'holds', 'clients-keep-access': 'violated' },
    trace: [...BOOT, ...A_SERVES, 'clientMount(nfs-a)', 'crash(nfs-a)', 'tick*14', 'downTimer(nfs-b)', 'notify_master(nfs-b): drbd.promote', 'notify_master(nfs-b): mount', 'notify_master(nfs-b): nfs.start', 'tick*4', 'advert(nfs-b)', 'tick'],
    states: 1632,
  },
  {
    name: 'd2-vrrp-health-check.pitfall',
    property: 'vip-holder-serves',
    verdicts: { 'vip-holder-serves': 'violated', 'no-needless-failback': 'holds' },
    trace: ['dnsStop(ns1)', 'tick*13', 'downTimer(ns1)', 'tick*4', 'advert(ns1)', 'tick*4', 'advert(ns1)', 'tick*4'],
    states: 598,
  },
  {
    name: 's3-keepalived-split-brain.pitfall',
    property: 'single-primary',
    verdicts: { 'single-primary': 'violated', 'no-split-brain': 'violated' },
    // keepalived stops on the Primary, the link is cut, nfs-b promotes as a disconnected UpToDate Secondary.
    trace: [...BOOT, 'tick*13', 'downTimer(nfs-a)', 'notify_master(nfs-a): drbd.promote', 'stop(nfs-a)', 'tick*2', 'downTimer(nfs-b)', 'cut', 'notify_master(nfs-b): drbd.promote'],
    states: 910,
  },
  {
    name: 's2-nfs-daemon.pitfall',
    property: 'vip-holder-serves',
    verdicts: { 'single-primary': 'holds', 'no-split-brain': 'holds', 'vip-holder-serves': 'violated', 'no-needless-failback': 'holds' },
    // Nothing watches NFS: nfs-a keeps the VIP and advertises on.
    trace: [...BOOT, 'tick*13', 'downTimer(nfs-a)', 'notify_master(nfs-a): drbd.promote', 'notify_master(nfs-a): mount', 'notify_master(nfs-a): nfs.start', 'nfsStop(nfs-a)', 'tick*4', 'advert(nfs-a)', 'tick*4', 'advert(nfs-a)', 'tick*4', 'advert(nfs-a)', 'tick*4', 'advert(nfs-a)', 'tick*3'],
    states: 975,
  },
] as const;

const FIXES = [
  { name: 's2-keepalived-drbd.fix', states: 4346 },
  // Issue 12 item 7: a killed keepalived keeps the VIP until it starts again; the stopped.fix
  // gained a supervisor (without it the killed nfs-a keeps answering for the VIP).
  { name: 's3-keepalived-stopped.fix', states: 2303 },
  { name: 's3-keepalived-killed.fix', states: 1397 },
  { name: 's4-nfs-client-state.fix', states: 1392 },
  { name: 'd2-vrrp-health-check.fix', states: 1406 },
  { name: 's3-keepalived-split-brain.fix', states: 1789 },
  { name: 's2-nfs-daemon.fix', states: 6343 },
] as const;

describe('S2, S3, S4 and D2 reference designs (with the S3 split-brain and S2 NFS-daemon pairs), exhaustive', () => {
  for (const p of PITFALLS) {
    it(`finds ${p.property} violated in ${p.name} with a pinned shortest trace and state count`, () => {
      const result = checkShipped(p.name);
      expect(result.status).toBe('violation');
      expect(verdicts(result)).toEqual(p.verdicts);
      expect(compact(violationActions(result, p.property))).toEqual(p.trace);
      if (result.status !== 'error') expect(result.stats.states).toBe(p.states);
    });
  }

  for (const f of FIXES) {
    it(`passes ${f.name} exhaustively with a pinned state count`, () => {
      const result = checkShipped(f.name);
      expect(result.status).toBe('pass');
      if (result.status !== 'pass') return;
      expect(result.bounds).toMatchObject({ exhaustive: true });
      expect(result.stats.states).toBe(f.states);
    });
  }
});

describe('S2, S3, S4 and D2 reference designs, random search', () => {
  for (const p of PITFALLS) {
    it(`finds ${p.property} in ${p.name} at random and shrinks it near the BFS length`, () => {
      const design = loadShipped(p.name);
      const bfsLength = violatedTrace(checkShipped(p.name), p.property).steps.length;
      const { result } = simulate(design.model, design.properties, { ...design.options, seed: 1, runs: 300, maxSteps: 120 });
      expect(result.status).toBe('violation');
      const trace = violatedTrace(result, p.property);
      expect(trace.steps.length).toBeGreaterThanOrEqual(bfsLength);
      expect(trace.steps.length).toBeLessThanOrEqual(bfsLength + 6);
      expect(trace.steps.some((s) => s.fault)).toBe(true);
      const replayed = replayPath(design.model, parsePath(formatPath(trace)));
      expect(replayed.steps.map((s) => s.action)).toEqual(trace.steps.map((s) => s.action));
    });
  }
});
