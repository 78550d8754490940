import { describe, expect, it } from 'vitest';
import { spofShard } from '../../src/api/spof.js';
import { check, runReport, simulate, simulateOptionsFor, type DesignResult } from '../../src/api/runs.js';
import { loadDesign } from '../../src/design/loadDesign.js';
import { simulateShare } from '../../src/explore/simulate.js';
import { mergeWalkShares } from '../../src/explore/walkShare.js';
import { mergeCheckShares } from '../../src/explore/mergeCheckShares.js';
import { shardCheckResult } from '../../src/report/checkMerge.js';
import { checkShardOutcome, type CheckShardResult } from '../../src/report/checkShard.js';
import { reportFormatNames, reportFormats, type SomeReport } from '../../src/report/formats.js';
import { mergeSpofShards } from '../../src/report/spofMerge.js';
import { plain } from '../../src/report/style.js';

/** Every registered format's rendering of `report`, timings left out (as the gallery renders). */
function everyFormat(report: SomeReport): Record<string, string> {
  return Object.fromEntries(reportFormatNames.map((name) => [name, reportFormats[name].render([report], { style: plain, timing: false })]));
}

describe('a merge of shards', () => {
  it('renders a spof sweep in every report format as the unsharded sweep', () => {
    const design = loadDesign('models/designs/l5-access-mii.pitfall.yaml');
    const one = spofShard(design, { k: 2 }).report;
    const merged = mergeSpofShards([2, 0, 1].map((index) => spofShard(design, { k: 2, shard: { index, count: 3 } }))).report;
    expect(one.rows.length).toBeGreaterThan(0);
    expect(reportFormatNames).toEqual(expect.arrayContaining(['text', 'json', 'markdown', 'junit', 'sarif', 'html', 'itf']));
    const want = everyFormat(one);
    const got = everyFormat(merged);
    for (const name of reportFormatNames) expect(got[name], name).toBe(want[name]);
  });

  it('renders a random run in every report format as one run of the same walks', () => {
    const design = loadDesign('models/designs/d2-vrrp-health-check.pitfall.yaml');
    const options = { seed: 7, runs: 120, maxSteps: 60 };
    // The shards walk with the design's defaults applied, as `faultline simulate --shard` does.
    const shares = [0, 1, 2, 3].map((index) => simulateShare(design.model, design.properties, simulateOptionsFor(design, options), { index, count: 4 }));
    const one = simulate(design, options);
    const merged = simulate(design, { ...options, walked: mergeWalkShares(shares) });
    expect(one.status).toBe('violation');
    const want = everyFormat(runReport(one));
    const got = everyFormat(runReport(merged));
    for (const name of reportFormatNames) expect(got[name], name).toBe(want[name]);
  });

  it('renders a check in every report format with the unsharded verdicts and traces, its counts marked as the shards\' sums', () => {
    const design = loadDesign('models/designs/site-heartbeat-switch.pitfall.yaml');
    const one = check(design);
    if (one.status !== 'violation') throw new Error(`expected a violation, got ${one.status}`);
    // Each shard's result goes through the file a shard writes and back, as `faultline merge` reads it.
    const files = [2, 0, 1].map((index): CheckShardResult => {
      const result = check(design, { shard: { index, count: 3 } });
      if (result.status === 'error') throw new Error(result.error.message);
      const file = { faultline: 1, command: 'check', shard: { index, count: 3 }, design: { file: design.file, name: design.name, sha256: '' }, properties: [], searched: { split: 'test', maxFaults: 1, maxDepth: null, maxStates: null, timeoutSeconds: null, maxMemoryMiB: null, storage: 'exact', checkDeadlocks: false }, outcome: checkShardOutcome(result) } as const;
      return JSON.parse(JSON.stringify(file)) as CheckShardResult;
    });
    const merged = mergeCheckShares(files.map((f) => shardCheckResult(f, design)));
    if (merged.status === 'error') throw new Error(merged.error.message);
    const report = (r: DesignResult): SomeReport => runReport(r);
    // Everything but the figures is the one run's.
    const want = everyFormat(report(one));
    const got = everyFormat(report({ ...merged, stats: one.stats, run: one.run }));
    for (const name of reportFormatNames) expect(got[name], name).toBe(want[name]);
    // And the figures say what they are wherever a format prints them.
    const shown = everyFormat(report({ ...merged, run: one.run }));
    for (const name of ['text', 'markdown', 'html', 'sarif']) expect(shown[name], name).toContain('summed over 3 shards');
    expect(JSON.parse(shown['json']!).stats.shards).toBe(3);
  });

  it('never lets one shard\'s pass read as the design\'s: every format names the shard', () => {
    const design = loadDesign('models/designs/site-heartbeat-switch.fix.yaml');
    const share = check(design, { shard: { index: 1, count: 2 } });
    expect(share.status).toBe('pass');
    const shown = everyFormat(runReport(share));
    for (const name of ['text', 'markdown', 'html', 'sarif']) expect(shown[name], name).toContain('shard 2/2');
    expect(shown['text']).not.toContain('every reachable state explored');
    expect(JSON.parse(shown['json']!).stats.share).toEqual({ index: 1, count: 2 });
  });
});
