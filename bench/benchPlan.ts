/**
 * Turns the bench's command-line flags into a plan: which model sizes to explore, where to
 * run the naive BFS too, and where to measure the random mode.
 *
 * - no flag: the sizes with a naive baseline (vrrp 6–8, stp-ring 4–5, philosophers 14–18);
 * - `--quick`: small sizes only (well under a minute);
 * - `--full`: every size of the reference table (naive only up to the baseline's sizes);
 * - `--model NAME [--n N]`: one model, at one size or at the sizes of the chosen set;
 * - `--no-naive`: skip the naive BFS.
 */
import { V8_MAP_LIMIT } from './naiveBfs.js';
import { naiveMaxN, randomBaselines } from './baselines.js';
import { referenceRow, referenceSizes } from './reference.js';
import { benchModels, isBenchModelName, type BenchModelName } from '../models/bench/index.js';

/** One exhaustive measurement to make. */
export interface ExhaustiveTask {
  readonly model: BenchModelName;
  readonly n: number;
  readonly naive: boolean;
}

/** One random-mode measurement to make. */
export interface RandomTask {
  readonly model: BenchModelName;
  readonly n: number;
  readonly runs: number;
  readonly maxSteps: number;
  /**
   * Steps a measurement needs: where `runs` walks end sooner (philosophers' walks reach their
   * deadlock in ~50 steps), a first round is a warm-up and the walks are rerun, more of them,
   * until at least this many steps are timed (see `measureRandom`).
   */
  readonly minSteps: number;
}

/** Everything one bench run does. */
export interface BenchPlan {
  readonly exhaustive: readonly ExhaustiveTask[];
  readonly random: readonly RandomTask[];
}

const sets = {
  quick: { vrrp: [4, 5, 6], 'stp-ring': [3, 4], philosophers: [10, 12, 14] },
  default: { vrrp: [6, 7, 8], 'stp-ring': [4, 5], philosophers: [14, 16, 18] },
} as const satisfies Record<string, Record<BenchModelName, readonly number[]>>;

const usage =
  'usage: run.js [--quick | --full] [--model vrrp|stp-ring|philosophers [--n N]] [--no-naive]';

/** Parses the flags; throws an Error carrying the usage line when they make no sense. */
export function benchPlan(argv: readonly string[]): BenchPlan {
  let quick = false;
  let full = false;
  let naive = true;
  let only: BenchModelName | undefined;
  let n: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--full') full = true;
    else if (arg === '--no-naive') naive = false;
    else if (arg === '--model') {
      const name = argv[++i] ?? '';
      if (!isBenchModelName(name)) throw new Error(`unknown model "${name}"\n${usage}`);
      only = name;
    } else if (arg === '--n') {
      n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 2) throw new Error(`--n needs an integer ≥ 2\n${usage}`);
    } else throw new Error(`unknown flag "${arg}"\n${usage}`);
  }
  if (quick && full) throw new Error(`--quick and --full exclude each other\n${usage}`);
  if (n !== undefined && only === undefined) throw new Error(`--n needs --model\n${usage}`);

  const models = only ? [only] : (Object.keys(benchModels) as BenchModelName[]);
  const exhaustive: ExhaustiveTask[] = [];
  const random: RandomTask[] = [];
  for (const model of models) {
    const ns = n !== undefined ? [n] : full ? referenceSizes(model) : sets[quick ? 'quick' : 'default'][model];
    for (const size of ns) {
      const states = referenceRow(model, size)?.states ?? 0;
      const naiveFits = size <= naiveMaxN[model] && states < V8_MAP_LIMIT;
      exhaustive.push({ model, n: size, naive: naive && naiveFits });
    }
    random.push({
      model,
      n: n ?? randomBaselines[model].n,
      runs: quick ? 200 : 1000,
      maxSteps: 1000,
      minSteps: quick ? 200_000 : 1_000_000,
    });
  }
  return { exhaustive, random };
}
