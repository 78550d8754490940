import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, faultline } from './runFaultline.js';

const pitfall = 'models/designs/l5-access-mii.pitfall.yaml';

describe('faultline spof', () => {
  beforeAll(buildOnce, 180_000);

  it('names Switch1 and the Switch1–Switch3 link with its ports on the L5 pitfall, and exits 1', () => {
    const run = faultline('spof', pitfall);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 +switch Switch1 down +reachable +Server1 ↮ Server3/);
    expect(run.stdout).toMatch(/2 +link Switch1:p47—Switch3:p48 down +reachable/);
    expect(run.stdout).toContain('= port Switch1:p47 down');
    expect(run.stdout).toContain('= port Switch3:p48 down');
    expect(run.stdout).toContain('37 fault sets checked (15 classes), 2 break something: reachable ×2');
  }, 60_000);

  it('prints traces that faultline replay reproduces', () => {
    const run = faultline('spof', pitfall, '--format', 'json');
    const report = JSON.parse(run.stdout) as { rows: { trace: { path: string; steps: string[] } }[] };
    expect(report.rows[0]!.trace.steps).toEqual(['switch Switch1 down']);
    for (const row of report.rows) {
      const replay = faultline('replay', pitfall, '--path', row.trace.path);
      expect(replay.code).toBe(1);
      expect(replay.stdout).toMatch(/reachable +VIOLATED at step 1/);
    }
  }, 60_000);

  it('exits 0 on the L5 fix, 2 on a design that is no topology and on a bad --k', () => {
    const fix = faultline('spof', 'models/designs/l5-access-mii.fix.yaml');
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('37 fault sets checked (15 classes), none breaks anything');
    // Two failures can cut a dual-homed server off even in the fix: the sweep says which.
    const pairs = faultline('spof', 'models/designs/l5-access-mii.fix.yaml', '--k', '2');
    expect(pairs.code).toBe(1);
    expect(pairs.stdout).toMatch(/switch Switch1 down \+ switch Switch2 down/);
    expect(faultline('spof', pitfall, '--k', '0').code).toBe(2);
    const other = faultline('spof', 'models/designs/r6-advert-mismatch.pitfall.yaml');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('FL104');
  }, 60_000);
});
