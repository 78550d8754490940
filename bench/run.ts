/**
 * `npm run bench`: explores the benchmark models of shared/bench/MODELS.md with the engine
 * and the naive BFS, each row in a process of its own (bench/rowProcess.ts), prints one JSON
 * line per model and N on stdout and a summary table on stderr, and exits 1 when any count differs from the reference table or
 * a run does not pass (2 on bad flags). The random mode's steps per second get a JSON line
 * per model too. Flags: see bench/benchPlan.ts; e.g. `npm run build && npm run bench -- --quick`.
 */
import { benchPlan, type BenchPlan } from './benchPlan.js';
import type { ExhaustiveLine } from './measureExhaustive.js';
import { measureMachineScaling, type ScalingLine } from './machineScaling.js';
import { PARALLEL_REPEATS, PARALLEL_ROWS, type ParallelLine } from './measureParallel.js';
import { measureSpofScale } from './measureSpofScale.js';
import type { RandomLine } from './randomLine.js';
import { inOwnProcess } from './rowProcess.js';
import { benchSummary, parallelSummary } from './summary.js';
import { measureSites, siteSummary } from './siteBench.js';
import { measureSweep, SWEEP_SIZES } from './sweepBench.js';

async function main(argv: readonly string[]): Promise<number> {
  let plan: BenchPlan;
  try {
    plan = benchPlan(argv.filter((a) => a !== '--sweep'));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  // `--sweep`: only the spof sweep over a leaf-spine fabric (the default run includes it).
  const sweepOnly = argv.includes('--sweep');
  const quick = argv.includes('--quick');
  process.stderr.write(`spof sweep over a ${quick ? 'small' : '1,000-switch'} leaf-spine fabric (+ naive sample)...\n`);
  const sweepLine = measureSweep(quick ? SWEEP_SIZES.quick : SWEEP_SIZES.full, quick ? 10 : 20);
  process.stdout.write(`${JSON.stringify(sweepLine)}\n`);
  process.stderr.write(
    `spof sweep: ${sweepLine.faultSets} single failures of ${sweepLine.switches} switches / ${sweepLine.servers} servers in ${sweepLine.seconds} s; naive ${sweepLine.naiveSecondsPerSet} s per set, ~${sweepLine.naiveTotalSecondsEstimate} s in total (extrapolated from ${sweepLine.naiveSample} sets): ${sweepLine.speedup}x\n`,
  );
  if (!sweepLine.sampleAgrees) process.stderr.write('MISMATCH spof-sweep: the naive sample disagrees with the sweep\n');
  const budget = quick ? 6 : 30;
  process.stderr.write(`spof --k 2 over the same fabric: all workers, then shard 1/8, ${budget} s each (+ 4 shards merged vs one run on a small fabric)...\n`);
  const k2 = await measureSpofScale(quick ? SWEEP_SIZES.quick : SWEEP_SIZES.full, budget);
  process.stdout.write(`${JSON.stringify(k2)}\n`);
  process.stderr.write(
    `spof --k 2: ${k2.classSets.toLocaleString('en-US')} class sets over ${k2.switches} switches; ${k2.workers} workers: ${k2.allWorkersPerSecond}/s, whole sweep ~${k2.allWorkersTotalSecondsEstimate.toLocaleString('en-US')} s; shard 1/8 on one thread: ${k2.shardOfEightPerSecond}/s, its share ~${k2.shardOfEightSecondsEstimate.toLocaleString('en-US')} s (extrapolated from ${budget} s); 4 shards merged ${k2.mergedEqualsUnsharded ? 'equal' : 'DIFFER FROM'} one run (${k2.smallFabric})\n`,
  );
  if (!k2.mergedEqualsUnsharded) process.stderr.write('MISMATCH spof-k2: merged shards differ from the unsharded sweep\n');
  if (sweepOnly) return sweepLine.sampleAgrees && k2.mergedEqualsUnsharded ? 0 : 1;
  const exhaustive: ExhaustiveLine[] = [];
  for (const task of plan.exhaustive) {
    process.stderr.write(`${task.model}-${task.n}${task.naive ? ' (+ naive)' : ''}...\n`);
    const line = inOwnProcess({ kind: 'exhaustive', model: task.model, n: task.n, naive: task.naive });
    exhaustive.push(line);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  const random: RandomLine[] = [];
  for (const task of plan.random) {
    process.stderr.write(`${task.model}-${task.n} random (${task.runs} walks of ${task.maxSteps} steps)...\n`);
    const line = inOwnProcess({ kind: 'random', task });
    random.push(line);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  process.stderr.write(`sites${quick ? ' (the DNS pair)' : ''}...\n`);
  const sites = measureSites(new URL('../../models/designs/', import.meta.url).pathname, quick);
  for (const line of sites) process.stdout.write(`${JSON.stringify(line)}\n`);
  const sitesFailed = sites.filter((l) => l.status !== l.expected);
  // The 2-worker rows: every reference family (of `--model`'s, when given).
  const only = argv[argv.indexOf('--model') + 1];
  const parallel: ParallelLine[] = [];
  let scaling: ScalingLine | undefined;
  if (PARALLEL_ROWS[quick ? 'quick' : 'default'].length > 0) {
    process.stderr.write('what two threads gain on this machine (CPU-bound, memory-bound)...\n');
    scaling = await measureMachineScaling();
    process.stdout.write(`${JSON.stringify(scaling)}\n`);
  }
  for (const [model, n] of PARALLEL_ROWS[quick ? 'quick' : 'default'].filter(([m]) => !argv.includes('--model') || m === only)) {
    process.stderr.write(`${model}-${n} on 1 thread, then on 2 threads, ${PARALLEL_REPEATS} times...\n`);
    const line = inOwnProcess({ kind: 'parallel', model, n, workers: 2 });
    parallel.push(line);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  process.stderr.write(`\n${benchSummary(exhaustive, random)}\n\n${siteSummary(sites)}\n`);
  if (parallel.length > 0) process.stderr.write(`\n${parallelSummary(parallel, scaling)}\n`);
  for (const l of sitesFailed) process.stderr.write(`SITE ${l.design}: ${l.status}, expected ${l.expected}\n`);
  const parallelFailed = parallel.filter((l) => !l.countsMatch);
  for (const l of parallelFailed) process.stderr.write(`MISMATCH parallel ${l.model}-${l.n}: counts differ from the reference\n`);
  const failed = exhaustive.filter((l) => l.countsMatch === false || l.status !== 'pass');
  const randomFailed = random.filter((l) => l.status !== 'pass');
  for (const l of randomFailed) process.stderr.write(`RANDOM ${l.model}-${l.n}: status ${l.status} (seed ${l.seed})\n`);
  for (const l of failed) {
    process.stderr.write(
      `MISMATCH ${l.model}-${l.n}: status ${l.status}, states ${l.states} (naive ${l.naiveStates}), transitions ${l.transitions} (naive ${l.naiveTransitions}); expected ${l.expectedStates} / ${l.expectedTransitions}\n`,
    );
  }
  return failed.length + randomFailed.length + sitesFailed.length > 0 || !sweepLine.sampleAgrees || !k2.mergedEqualsUnsharded || parallelFailed.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
