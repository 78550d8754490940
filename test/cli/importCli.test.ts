/**
 * `faultline check MANIFEST` and `faultline import MANIFEST` as users run them: findings at
 * the config lines, warnings at theirs, `--strict` turning them into errors, the design
 * written with each value's config line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, faultline } from './runFaultline.js';

const seed = 'test/fixtures/configs/s2-seed/site.yaml';

beforeAll(buildOnce, 120_000);

describe('faultline check on a site manifest', () => {
  it('checks the seed configs, warns at their lines and names the script line behind the trace', () => {
    const run = faultline('check', seed);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('s2-seed/nfs1/keepalived.conf:16:5: warning FL406: unknown keyword "virtaul_ipaddress"');
    expect(run.stdout).toMatch(/vip-holder-serves\s+VIOLATED/);
    expect(run.stdout).toMatch(/notify_master nfs\.stop\s+\S*s2-seed\/nfs1\/root\/usr\/local\/sbin\/drbd-master:3:1/);
  }, 60_000);

  it('turns the warnings into errors with --strict (exit 2)', () => {
    const run = faultline('check', seed, '--strict');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('s2-seed/nfs1/keepalived.conf:16:5: error FL406');
  });

  it('puts the source map in the JSON report', () => {
    const run = faultline('check', seed, '--format', 'json');
    const report = JSON.parse(run.stdout) as { design: { sources: Record<string, { file: string; line: number }> } };
    expect(report.design.sources['cluster.notify.master.2']).toMatchObject({ line: 3 });
    expect(report.design.sources['cluster.notify.master.2']!.file).toMatch(/drbd-master$/);
  });

  it('reports a design error at the config line that set the value', () => {
    const run = faultline('check', 'test/fixtures/configs/bad/priority-owner/site.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\/priority-owner\/b\.conf:5:14: error FL265: both nodes have priority 255/);
  });
});

describe('faultline import', () => {
  it('writes the design with each value commented with its config line', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faultline-import-')), 'design.yaml');
    const run = faultline('import', seed, '--out', out);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/- nfs\.stop # .*drbd-master:3/);
    expect(text).toMatch(/vrid: 200 # .*nfs1\/keepalived\.conf:8/);
    expect(faultline('check', out).code).toBe(1);
  });

  it('refuses an include cycle with the include line (exit 2)', () => {
    const run = faultline('import', 'test/fixtures/configs/bad/include-cycle/site.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/include-cycle\/b\.conf:1:9: error FL402: include cycle/);
  });
});
