import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { fabricDesign } from '../../bench/fabricDesign.js';
import { buildOnce, root } from '../cli/runFaultline.js';

const main = join(root, 'dist', 'src', 'cli', 'main.js');
const examples = join(root, 'examples', 'sharding');

interface Sandbox {
  readonly dir: string;
  readonly design: string;
  /** PATH with `faultline` and `npx faultline` running the built CLI. */
  readonly env: NodeJS.ProcessEnv;
}

function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-shards-'));
  const design = join(dir, 'fabric.yaml');
  writeFileSync(design, fabricDesign({ spines: 2, leaves: 4, servers: 4 }));
  const bin = join(dir, 'bin');
  spawnSync('mkdir', [bin]);
  writeFileSync(join(bin, 'faultline'), `#!/bin/sh\nexec "${process.execPath}" "${main}" "$@"\n`);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = faultline ] || exit 97\nshift\nexec "${process.execPath}" "${main}" "$@"\n`);
  chmodSync(join(bin, 'faultline'), 0o755);
  chmodSync(join(bin, 'npx'), 0o755);
  return { dir, design, env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env['PATH']}` } };
}

function sh(script: string, box: Sandbox, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', script], { cwd: box.dir, env: { ...box.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `script`, expects exit 2 and each of `texts` on stderr (a refusal with its code and reason). */
function expectRefused(script: string, box: Sandbox, ...texts: string[]): void {
  const r = sh(script, box);
  expect(r.code).toBe(2);
  for (const text of texts) expect(r.stderr).toContain(text);
}

/** Edits a design file so that it checks another design: its `name` gets a suffix. */
function renameDesign(file: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: (.*)$/m, 'name: $1-edited'));
}

/** The report without its timing (seconds differ from run to run). */
function untimed(text: string): string {
  return text.replace(/"seconds": [\d.e-]+/g, '"seconds": T').replace(/in [\d.]+ s$/m, 'in T s');
}

describe('spof shards', () => {
  beforeAll(buildOnce, 180_000);

  it('merged from 4 shards run as separate processes equal the unsharded spof --k 2 on a generated fabric, text and JSON', () => {
    const box = sandbox();
    const one = sh(`faultline spof fabric.yaml --k 2 --workers 1 --format json`, box);
    const oneText = sh(`faultline spof fabric.yaml --k 2 --workers 1`, box);
    expect(one.code).toBe(1);
    const report = JSON.parse(one.stdout) as { rows: unknown[]; classSets: number };
    expect(report.rows.length).toBeGreaterThan(4);
    for (let i = 1; i <= 4; i++) expect(sh(`faultline spof fabric.yaml --k 2 --workers 1 --shard ${i}/4 --out s${i}.json`, box).code).toBe(0);
    const shards = [1, 2, 3, 4].map((i) => JSON.parse(readFileSync(join(box.dir, `s${i}.json`), 'utf8')) as { report: { rows: unknown[] } });
    // Every shard holds a part of the rows, none all of them.
    for (const s of shards) expect(s.report.rows.length).toBeLessThan(report.rows.length);
    expect(shards.reduce((n, s) => n + s.report.rows.length, 0)).toBe(report.rows.length);
    const merged = sh(`faultline merge s3.json s1.json s4.json s2.json --format json`, box);
    expect(merged.code).toBe(1);
    expect(untimed(merged.stdout)).toBe(untimed(one.stdout));
    const mergedText = sh(`faultline merge s1.json s2.json s3.json s4.json`, box);
    expect(untimed(mergedText.stdout)).toBe(untimed(oneText.stdout));
  }, 120_000);

  it('with 2 worker threads print the same JSON as one thread', () => {
    const box = sandbox();
    const one = sh(`faultline spof fabric.yaml --k 2 --workers 1 --format json`, box);
    const two = sh(`faultline spof fabric.yaml --k 2 --workers 2 --format json`, box);
    expect(two.code).toBe(1);
    expect(untimed(two.stdout)).toBe(untimed(one.stdout));
    // Workers inside a shard split it further; the merge is still the one run.
    for (let i = 1; i <= 2; i++) expect(sh(`faultline spof fabric.yaml --k 2 --workers 2 --shard ${i}/2 --out w${i}.json`, box).code).toBe(0);
    expect(untimed(sh(`faultline merge w1.json w2.json --format json`, box).stdout)).toBe(untimed(one.stdout));
  }, 120_000);

  it('refuse a bad --shard, a missing or repeated shard, shards of other splits and files that are no shard (exit 2)', () => {
    const box = sandbox();
    for (const bad of ['0/4', '5/4', '1/0', 'x', '2']) {
      const r = sh(`faultline spof fabric.yaml --shard ${bad}`, box);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('FL120');
    }
    for (let i = 1; i <= 3; i++) sh(`faultline spof fabric.yaml --k 2 --workers 1 --shard ${i}/3 --out s${i}.json`, box);
    sh(`faultline spof fabric.yaml --k 2 --workers 1 --shard 1/2 --out t1.json`, box);
    sh(`faultline spof fabric.yaml --k 1 --shard 3/3 --out k1.json`, box);
    const cases: [string, string][] = [
      ['s1.json s2.json', 'shard 3/3 missing'],
      ['s1.json s2.json s3.json s3.json', 'given twice'],
      ['s1.json s2.json s3.json t1.json', 'another split'],
      ['s1.json s2.json k1.json', 'k 1'],
    ];
    for (const [files, message] of cases) {
      const r = sh(`faultline merge ${files}`, box);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('FL122');
      expect(r.stderr).toContain(message);
    }
    // A shard of another version of the design (same name, another description) is refused, not merged.
    const fabric = join(box.dir, 'fabric.yaml');
    writeFileSync(fabric, readFileSync(fabric, 'utf8').replace('description: "Generated', 'description: "Edited'));
    sh(`faultline spof fabric.yaml --k 2 --workers 1 --shard 3/3 --out v3.json`, box);
    expectRefused(`faultline merge s1.json s2.json v3.json`, box, 'FL122', 'another version');
    sh(`faultline spof fabric.yaml --format json > plain.json`, box);
    const plain = sh(`faultline merge plain.json`, box);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('FL121');
    expect(sh(`faultline merge nowhere.json`, box).stderr).toContain('FL121');
  }, 120_000);
});

/** A random run's report without its timing (seconds and rates differ from run to run). */
function untimedWalks(text: string): string {
  return text.replace(/"(seconds|statesPerSecond|stepsPerSecond)": [\d.e+-]+/g, '"$1": T').replace(/, [\d.]+ s, [\d,.]+ steps\/s,/g, ', T s, T steps/s,');
}

/** A sandbox with a VRRP pitfall design as vrrp.yaml. */
function designBox(): Sandbox {
  const box = sandbox();
  writeFileSync(join(box.dir, 'vrrp.yaml'), readFileSync(join(root, 'models', 'designs', 'd2-vrrp-health-check.pitfall.yaml')));
  return box;
}

describe('simulate shards', () => {
  beforeAll(buildOnce, 180_000);
  const walks = '--seed 42 --runs 300 --max-steps 60';

  it('merged from 3 shards run as separate processes equal the unsharded run, text and JSON, and so do 2 worker threads', () => {
    const box = designBox();
    const one = sh(`faultline simulate vrrp.yaml ${walks} --workers 1 --format json`, box);
    const oneText = sh(`faultline simulate vrrp.yaml ${walks} --workers 1`, box);
    expect(one.code).toBe(1);
    const report = JSON.parse(one.stdout) as { random: { runs: number } };
    expect(report.random.runs).toBe(300);
    for (let i = 1; i <= 3; i++) expect(sh(`faultline simulate vrrp.yaml ${walks} --workers 1 --shard ${i}/3 --out s${i}.json`, box).code).toBe(0);
    const shards = [1, 2, 3].map((i) => JSON.parse(readFileSync(join(box.dir, `s${i}.json`), 'utf8')) as { outcome: { runs: number } });
    expect(shards.map((s) => s.outcome.runs)).toEqual([100, 100, 100]);
    const merged = sh(`faultline merge s3.json s1.json s2.json --format json`, box);
    expect(merged.code).toBe(1);
    expect(untimedWalks(merged.stdout)).toBe(untimedWalks(one.stdout));
    expect(untimedWalks(sh(`faultline merge s1.json s2.json s3.json`, box).stdout)).toBe(untimedWalks(oneText.stdout));
    // Any report format (each is compared with the one run's in test/report/mergedFormats.test.ts).
    const sarif = sh(`faultline merge s1.json s2.json s3.json --format sarif`, box);
    expect(sarif.code).toBe(1);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
    const two = sh(`faultline simulate vrrp.yaml ${walks} --workers 2 --format json`, box);
    expect(two.code).toBe(1);
    expect(untimedWalks(two.stdout)).toBe(untimedWalks(one.stdout));
  }, 180_000);

  it('refuse a shard without a seed, shards of other seeds, of another design text, and spof shards among them (exit 2)', () => {
    const box = designBox();
    const noSeed = sh(`faultline simulate vrrp.yaml --shard 1/2`, box);
    expect(noSeed.code).toBe(2);
    expect(noSeed.stderr).toContain('FL130');
    sh(`faultline simulate vrrp.yaml ${walks} --shard 1/2 --out a1.json`, box);
    sh(`faultline simulate vrrp.yaml ${walks} --shard 2/2 --out a2.json`, box);
    sh(`faultline simulate vrrp.yaml --seed 43 --runs 300 --max-steps 60 --shard 2/2 --out b2.json`, box);
    const otherSeed = sh(`faultline merge a1.json b2.json`, box);
    expect(otherSeed.code).toBe(2);
    expect(otherSeed.stderr).toContain('FL122');
    expect(otherSeed.stderr).toContain('other options');
    writeFileSync(join(box.dir, 'fabric.yaml'), fabricDesign({ spines: 2, leaves: 2, servers: 2 }));
    sh(`faultline spof fabric.yaml --shard 1/2 --out p1.json`, box);
    expectRefused(`faultline merge a1.json p1.json`, box, 'mix spof and simulate shards');
    // A comment changes nothing a replay reads; a renamed design does.
    writeFileSync(join(box.dir, 'vrrp.yaml'), `${readFileSync(join(box.dir, 'vrrp.yaml'), 'utf8')}\n# edited\n`);
    expect(sh(`faultline merge a1.json a2.json`, box).code).toBe(1);
    renameDesign(join(box.dir, 'vrrp.yaml'));
    expectRefused(`faultline merge a1.json a2.json`, box, 'FL131');
  }, 180_000);
});

/** A check report without the figures a merge sums (states, transitions, depth, time): verdicts, traces, status. */
function verdictsOnly(text: string): unknown {
  const report = JSON.parse(text) as Record<string, unknown>;
  const { stats: _figures, bounds: _depth, ...rest } = report;
  return rest;
}

/** A text report without its stats line (a merge's counts are the shards' sums). */
function withoutStats(text: string): string {
  return text.replace(/^stats: .*$/m, 'stats: …');
}

/** A sandbox with the site pitfall (six violations) as site.yaml and its fixed twin as fixed.yaml. */
function siteBox(): Sandbox {
  const box = sandbox();
  writeFileSync(join(box.dir, 'site.yaml'), readFileSync(join(root, 'models', 'designs', 'site-heartbeat-switch.pitfall.yaml')));
  writeFileSync(join(box.dir, 'fixed.yaml'), readFileSync(join(root, 'models', 'designs', 'site-heartbeat-switch.fix.yaml')));
  return box;
}

describe('check shards (split by first fault)', () => {
  beforeAll(buildOnce, 180_000);

  it('merged from 3 shards run as separate processes give the unsharded run\'s verdicts, traces and exit code, with the counts marked as sums', () => {
    const box = siteBox();
    const one = sh(`faultline check site.yaml --workers 1 --format json`, box);
    expect(one.code).toBe(1);
    const oneText = sh(`faultline check site.yaml --workers 1`, box);
    for (let i = 1; i <= 3; i++) expect(sh(`faultline check site.yaml --workers 1 --shard ${i}/3 --out c${i}.json`, box).code).toBe(0);
    const shards = [1, 2, 3].map((i) => JSON.parse(readFileSync(join(box.dir, `c${i}.json`), 'utf8')) as { outcome: { stats: { states: number } } });
    const whole = (JSON.parse(one.stdout) as { stats: { states: number } }).stats.states;
    // Each shard explores part of the space: fewer states than the whole run, together at least as many.
    for (const s of shards) expect(s.outcome.stats.states).toBeLessThan(whole);
    expect(shards.reduce((n, s) => n + s.outcome.stats.states, 0)).toBeGreaterThanOrEqual(whole);
    const merged = sh(`faultline merge c2.json c3.json c1.json --format json`, box);
    expect(merged.code).toBe(1);
    // How the work fell across the shards, on stderr.
    expect(merged.stderr).toMatch(/merged 3 check shards: 1\/3 [\d,]+ states in [\d.]+ s; 2\/3 .*; slowest \d\/3/);
    expect(verdictsOnly(merged.stdout)).toEqual(verdictsOnly(one.stdout));
    expect((JSON.parse(merged.stdout) as { stats: { shards: number } }).stats.shards).toBe(3);
    const mergedText = sh(`faultline merge c1.json c2.json c3.json`, box);
    expect(withoutStats(mergedText.stdout)).toBe(withoutStats(oneText.stdout));
    expect(mergedText.stdout).toContain('summed over 3 shards');
  }, 180_000);

  it('merge a pass to the unsharded pass, with 2 worker threads inside each shard', () => {
    const box = siteBox();
    const one = sh(`faultline check fixed.yaml --workers 1 --format json`, box);
    expect(one.code).toBe(0);
    for (let i = 1; i <= 2; i++) expect(sh(`faultline check fixed.yaml --workers 2 --shard ${i}/2 --out f${i}.json`, box).code).toBe(0);
    const merged = sh(`faultline merge f1.json f2.json --format json`, box);
    expect(merged.code).toBe(0);
    expect(verdictsOnly(merged.stdout)).toEqual(verdictsOnly(one.stdout));
  }, 180_000);

  it('warn when a shard stops at a limit, and merge into an incomplete run (exit 4 with --require-complete)', () => {
    const box = siteBox();
    for (let i = 1; i <= 2; i++) {
      const r = sh(`faultline check site.yaml --max-states 1000 --shard ${i}/2 --out m${i}.json`, box);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`shard ${i}/2 incomplete: it stopped at --max-states 1000`);
    }
    const merged = sh(`faultline merge m1.json m2.json --require-complete`, box);
    expect(merged.code).toBe(4);
    expect(merged.stdout).toContain('INCOMPLETE: the run stopped at --max-states 1000');
    expect(sh(`faultline merge m1.json m2.json`, box).code).toBe(0);
  }, 180_000);

  it('refuse to merge a site manifest\'s shards after a config file it reads changed (FL131)', () => {
    const box = sandbox();
    spawnSync('cp', ['-r', join(root, 'test', 'fixtures', 'configs', 'd3-pair'), join(box.dir, 'd3')]);
    for (let i = 1; i <= 2; i++) expect(sh(`faultline check d3/site.yaml --shard ${i}/2 --out s${i}.json`, box).code).toBe(0);
    expect(sh(`faultline merge s1.json s2.json`, box).code).toBe(0);
    const conf = join(box.dir, 'd3', 'lvs1', 'keepalived.conf');
    writeFileSync(conf, readFileSync(conf, 'utf8').replace('priority 150', 'priority 90'));
    expectRefused(`faultline merge s1.json s2.json`, box, 'FL131', 'config file');
  }, 180_000);

  it('refuse several designs, shards of other options, of another design text, and simulate shards among them (exit 2)', () => {
    const box = siteBox();
    expectRefused(`faultline check site.yaml fixed.yaml --shard 1/2`, box, 'FL123');
    expect(sh(`faultline check site.yaml --shard 0/2`, box).stderr).toContain('FL120');
    sh(`faultline check site.yaml --shard 1/2 --out a1.json`, box);
    sh(`faultline check site.yaml --shard 2/2 --out a2.json`, box);
    sh(`faultline check site.yaml --max-faults 0 --shard 2/2 --out b2.json`, box);
    expectRefused(`faultline merge a1.json b2.json`, box, 'FL122', 'other options');
    expect(sh(`faultline merge a1.json`, box).stderr).toContain('shard 2/2 missing');
    writeFileSync(join(box.dir, 'vrrp.yaml'), readFileSync(join(root, 'models', 'designs', 'd2-vrrp-health-check.pitfall.yaml')));
    sh(`faultline simulate vrrp.yaml --seed 1 --runs 10 --shard 1/2 --out w1.json`, box);
    expectRefused(`faultline merge a1.json w1.json`, box, 'mix simulate and check shards');
    renameDesign(join(box.dir, 'site.yaml'));
    expectRefused(`faultline merge a1.json a2.json`, box, 'FL131');
  }, 180_000);
});

/** JUnit without its times. */
function untimedXml(x: string): string {
  return x.replace(/time="[\d.]+"/g, 'time="T"').replace(/timestamp="[^"]*"/g, 'timestamp="T"');
}

/**
 * Runs a GitHub Actions matrix example as written: the `NAME-shard` job's `--shard` line for
 * every matrix value (matrix values 1..n, `github.run_id` as `runId`), moves the shard files
 * (`glob`) where download-artifact puts them, then runs the `NAME-merge` job's line. `vars`
 * override the workflow's env (a test-sized design). Returns the workflow's env and the
 * merge's exit code.
 */
function runMatrix(box: Sandbox, file: string, name: string, glob: string, vars: Record<string, string>): { env: Record<string, string>; mergeCode: number | null } {
  const workflow = parse(readFileSync(join(examples, file), 'utf8')) as {
    env: Record<string, string>;
    jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }>;
  };
  const job = workflow.jobs[`${name}-shard`]!;
  const shards = job.strategy!.matrix.shard;
  expect(shards).toEqual(shards.map((_, i) => i + 1));
  const run = job.steps.map((s) => s.run).find((r) => r?.includes('--shard'))!;
  const env = { ...workflow.env, ...vars };
  for (const shard of shards) {
    const line = run.replaceAll('${{ matrix.shard }}', String(shard)).replaceAll('${{ strategy.job-total }}', String(shards.length)).replaceAll('${{ github.run_id }}', '9876543210');
    expect(sh(line, box, env).code).toBe(0);
  }
  const merge = workflow.jobs[`${name}-merge`]!;
  expect(merge.needs).toBe(`${name}-shard`);
  // download-artifact (merge-multiple) puts every shard file into shards/.
  sh(`mkdir shards && mv ${glob} shards/`, box);
  const mergeLine = merge.steps.map((s) => s.run).find((r) => r?.includes('faultline merge'))!;
  return { env: workflow.env, mergeCode: sh(mergeLine, box, env).code };
}

/**
 * Runs a Kubernetes Indexed Job example as written: the shard Job's script for every
 * completion index into `results/` (each must write `shardFile(index)`, naming its own shard),
 * then the merge Job's script. `vars` override the container's env. Returns the container's
 * env, the shard files as written, the results folder and the merge's exit code.
 */
function runIndexedJob(box: Sandbox, file: string, shardFile: (index: number) => string, vars: Record<string, string>): { env: Record<string, string>; written: unknown[]; results: string; mergeCode: number | null } {
  const docs = parseAllDocuments(readFileSync(join(examples, file), 'utf8')).map((d) => d.toJS() as {
    spec: { completionMode?: string; completions?: number; template: { spec: { containers: { env?: { name: string; value: string }[]; args: string[] }[] } } };
  });
  const [shardJob, mergeJob] = docs;
  expect(shardJob!.spec.completionMode).toBe('Indexed');
  const container = shardJob!.spec.template.spec.containers[0]!;
  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
  const n = shardJob!.spec.completions!;
  expect(Number(env['SHARDS'])).toBe(n);
  const results = join(box.dir, 'results');
  sh(`mkdir ${results}`, box);
  const written: unknown[] = [];
  for (let index = 0; index < n; index++) {
    expect(sh(container.args[0]!, box, { ...env, ...vars, RESULTS: results, JOB_COMPLETION_INDEX: String(index) }).code).toBe(0);
    const shard = JSON.parse(readFileSync(join(results, shardFile(index)), 'utf8')) as { shard: { index: number; count: number } };
    expect(shard.shard).toMatchObject({ index, count: n });
    written.push(shard);
  }
  expect(readdirSync(results)).toHaveLength(n);
  const mergeScript = mergeJob!.spec.template.spec.containers[0]!.args[0]!.replaceAll('/results', results);
  return { env, written, results, mergeCode: sh(mergeScript, box).code };
}

describe('the sharding examples', () => {
  beforeAll(buildOnce, 180_000);

  it('GitHub Actions: every matrix job’s run line, as written, yields shards whose merge equals the unsharded run', () => {
    const box = sandbox();
    const { env, mergeCode } = runMatrix(box, 'github-actions-matrix.yml', 'spof', 'shard-*.json', { DESIGN: 'fabric.yaml' });
    expect(mergeCode).toBe(1);
    const one = sh(`faultline spof fabric.yaml --k ${env['K']} --workers 1 --format json`, box);
    expect(untimed(readFileSync(join(box.dir, 'spof.json'), 'utf8'))).toBe(untimed(one.stdout));
  }, 180_000);

  it('Kubernetes: every completion index maps to its own shard, and the merge Job equals the unsharded run', () => {
    const box = sandbox();
    const { results, mergeCode } = runIndexedJob(box, 'kubernetes-indexed-job.yaml', (i) => `shard-${i}.json`, { DESIGN: 'fabric.yaml' });
    expect(mergeCode).toBe(1);
    const one = sh(`faultline spof fabric.yaml --k 2 --workers 1 --format json`, box);
    expect(untimed(readFileSync(join(results, 'spof.json'), 'utf8'))).toBe(untimed(one.stdout));
  }, 180_000);

  it('GitHub Actions, simulate: every matrix job’s run line, as written, yields shards whose merge equals the unsharded run', () => {
    const box = designBox();
    const { mergeCode } = runMatrix(box, 'github-actions-simulate.yml', 'simulate', 'sim-*.json', { DESIGN: 'vrrp.yaml', RUNS: '200' });
    expect(mergeCode).toBe(1);
    const one = sh(`faultline simulate vrrp.yaml --runs 200 --seed 9876543210 --workers 1 --format junit`, box);
    expect(untimedXml(readFileSync(join(box.dir, 'simulate.junit.xml'), 'utf8'))).toBe(untimedXml(one.stdout));
  }, 180_000);

  it('Kubernetes, simulate: every completion index walks its own shard, and the merge Job equals the unsharded run', () => {
    const box = designBox();
    const { env, written, results, mergeCode } = runIndexedJob(box, 'kubernetes-indexed-job-simulate.yaml', (i) => `sim-${i}.json`, { DESIGN: 'vrrp.yaml', RUNS: '200' });
    for (const shard of written as { outcome: { runs: number } }[]) expect(shard.outcome.runs).toBe(200 / written.length);
    expect(mergeCode).toBe(1);
    const one = sh(`faultline simulate vrrp.yaml --runs 200 --seed ${env['SEED']} --workers 1 --format json`, box);
    expect(untimedWalks(readFileSync(join(results, 'simulate.json'), 'utf8'))).toBe(untimedWalks(one.stdout));
  }, 180_000);

  // The check examples' budget of 2 on this design takes minutes; their lines are the same with 1.
  it('GitHub Actions, check: every matrix job’s run line, as written, yields shards whose merge has the unsharded verdicts', () => {
    const box = siteBox();
    const { mergeCode } = runMatrix(box, 'github-actions-check.yml', 'check', 'check-*.json', { DESIGN: 'site.yaml', MAX_FAULTS: '1' });
    expect(mergeCode).toBe(1);
    const one = sh(`faultline check site.yaml --max-faults 1 --workers 1 --format junit`, box);
    expect(untimedXml(readFileSync(join(box.dir, 'check.junit.xml'), 'utf8'))).toBe(untimedXml(one.stdout));
  }, 180_000);

  it('Kubernetes, check: every completion index explores its own shard, and the merge Job has the unsharded verdicts', () => {
    const box = siteBox();
    const { results, mergeCode } = runIndexedJob(box, 'kubernetes-indexed-job-check.yaml', (i) => `check-${i}.json`, { DESIGN: 'site.yaml', MAX_FAULTS: '1' });
    expect(mergeCode).toBe(1);
    const one = sh(`faultline check site.yaml --max-faults 1 --workers 1 --format json`, box);
    expect(verdictsOnly(readFileSync(join(results, 'check.json'), 'utf8'))).toEqual(verdictsOnly(one.stdout));
  }, 180_000);
});
