import type { Command } from 'commander';
import { designInfo } from '../api/designInfo.js';
import { FaultlineError } from '../core/errors.js';
import { ExitCode } from '../core/result.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { defaultWorkers } from '../explore/parallel/runWorkers.js';
import { DEFAULT_MAX_STEPS, DEFAULT_RUNS, drawSeed } from '../explore/randomSettings.js';
import { parseShard } from '../explore/shardSpec.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import { renderSimulateShard, type SimulateShardResult } from '../report/simulateShard.js';
import { checkOutput } from './checkOutput.js';
import { designDigest } from '../design/designDigest.js';
import type { CliContext } from './context.js';
import { simulate } from '../api/runs.js';
import { formatOption, outOption } from './formatOption.js';
import { integerAtLeast, positiveNumber, seedNumber } from './parseNumber.js';
import { walksProgress } from './progress.js';
import { emitSimulate } from './simulateOutput.js';
import { resolveSimulateSettings, type RawSimulateOptions } from './simulateSettings.js';
import { walkShares, type SharedWalkOptions } from './simulateWalks.js';
import { writeShard } from './writeShard.js';

const DESCRIPTION = `Walks the design at random: each run starts in an initial state and picks actions and
faults at random for up to --max-steps steps, within the fault budget, checking every property
along the way. A failing walk is shrunk to a short trace. Much faster than check on large
designs, but it proves nothing when it finds nothing. The seed is always printed; pass it back
with --seed to rerun the same walks. Walk number o is the same walk on any thread or machine:
--workers N splits the walks over threads and --shard i/n over machines (a shard writes a
result that faultline merge joins with the others), and the report is the one of one run.`;

/** Steps (runs × max steps) from which `--workers` defaults to every core: about a second of walking. */
const WORKERS_FROM_STEPS = 2_000_000;

/** The shard file of `share`, as `--shard i/n` writes it. */
function shardResult(file: string, design: LoadedDesign, options: SharedWalkOptions, share: SweepShard, seconds: number, outcome: SimulateShardResult['outcome']): SimulateShardResult {
  return {
    faultline: 1,
    command: 'simulate',
    shard: share,
    design: { file, name: designInfo(design).name, sha256: designDigest(design) },
    properties: design.properties.map((p) => p.name),
    searched: {
      seed: options.seed,
      runs: options.runs ?? DEFAULT_RUNS,
      maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
      maxFaults: options.maxFaults ?? null,
      timeoutSeconds: options.timeoutSeconds ?? null,
    },
    seconds,
    outcome,
  };
}

/** Runs `faultline simulate` and returns its exit code. */
export async function runSimulate(file: string, raw: RawSimulateOptions, ctx: CliContext): Promise<number> {
  const startedAt = performance.now();
  const shard = raw.shard === undefined ? undefined : parseShard(raw.shard);
  checkOutput({ format: shard === undefined ? raw.format : 'json', out: raw.out }, [file]);
  const design = ctx.deps.loadDesign(file);
  const settings = resolveSimulateSettings(raw, design.options);
  if (shard !== undefined && settings.engine.seed === undefined) {
    throw new FaultlineError({
      code: 'FL130',
      message: `--shard ${raw.shard} needs --seed: every shard must walk the walks of one run`,
      hint: 'pass the same seed to every shard, e.g. --seed 42 (in CI: --seed ${{ github.run_id }})',
    });
  }
  const { startedAt: _unused, ...engine } = settings.engine;
  const options: SharedWalkOptions = { ...engine, seed: engine.seed ?? drawSeed() };
  const steps = (options.runs ?? DEFAULT_RUNS) * (options.maxSteps ?? DEFAULT_MAX_STEPS);
  const workers = raw.workers ?? (steps >= WORKERS_FROM_STEPS ? defaultWorkers() : 1);
  const share = shard ?? { index: 0, count: 1 };
  const runs = options.runs ?? DEFAULT_RUNS;
  // Progress is drawn when this thread walks (worker threads report none).
  const progress = walksProgress(workers > 1 ? { ...ctx.io, stderrIsTTY: false } : ctx.io, Math.ceil(Math.max(0, runs - share.index) / share.count));
  if (shard !== undefined) {
    let outcome: SimulateShardResult['outcome'];
    try {
      outcome = await walkShares(file, design, options, shard, workers, startedAt, progress.update);
    } finally {
      progress.done();
    }
    writeShard(renderSimulateShard(shardResult(file, design, options, shard, (performance.now() - startedAt) / 1000, outcome)), shard, raw.out, ctx.io);
    return ExitCode.ok;
  }
  let result: ReturnType<typeof simulate>;
  try {
    const walked = workers > 1 ? { walked: await walkShares(file, design, options, share, workers, startedAt, progress.update) } : {};
    result = simulate(design, { ...options, ...walked, startedAt, onProgress: progress.update });
  } finally {
    progress.done();
  }
  return emitSimulate(result, settings.output, false, ctx);
}

/** Adds `simulate` to the program. */
export function registerSimulate(program: Command, ctx: CliContext): void {
  program
    .command('simulate')
    .summary('walk a design at random (fast, finds bugs, proves nothing)')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<design>', 'design file (YAML or JSON)')
    .option('--seed <n>', 'seed of the random walks (printed on every run)', seedNumber)
    .option('--runs <n>', 'number of walks', integerAtLeast(1))
    .option('--max-steps <n>', 'steps per walk at most', integerAtLeast(1))
    .option('--max-faults <n>', 'fault budget per walk', integerAtLeast(0))
    .option('--timeout <seconds>', 'stop after this many seconds', positiveNumber)
    .addOption(formatOption())
    .addOption(outOption())
    .option('--shard <i/n>', 'walk only the walks o with o mod n = i − 1 and write a shard result for faultline merge (needs --seed)')
    .option('--workers <n>', `worker threads (default: the cores when runs × max steps ≥ ${WORKERS_FROM_STEPS.toLocaleString('en')}, else 1)`, integerAtLeast(1))
    .addHelpText(
      'after',
      '\nExamples:\n  $ faultline simulate models/designs/r6-nopreempt-placement.pitfall.yaml --runs 1000 --seed 42\n  $ faultline simulate site.yaml --runs 100000 --seed 7 --shard 2/4 --out sim-2.json   # then: faultline merge sim-*.json\n',
    )
    .action(async (design: string, options: RawSimulateOptions) => ctx.setExitCode(await runSimulate(design, options, ctx)));
}
