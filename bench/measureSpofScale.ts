/**
 * The spof --k 2 rows of the bench (issue 13): pairs of failures over the generated leaf-spine
 * fabric, (1) on every core at once (worker threads) and (2) as shard 1 of 8 alone, each for a
 * fixed time budget, with the rate and the time the whole would take at that rate
 * (extrapolated: 10^9 class pairs do not fit a bench run); and (3) on a fabric small enough
 * to run both ways, 4 shards merged against one unsharded sweep.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spofShard } from '../src/api/spof.js';
import type { SpofWorkerInput } from '../src/cli/spofWorker.js';
import { loadDesign } from '../src/design/loadDesign.js';
import { defaultWorkers, runWorkers, workerScript } from '../src/explore/parallel/runWorkers.js';
import { subShard } from '../src/explore/shardSpec.js';
import { mergeSpofShards } from '../src/report/spofMerge.js';
import type { SpofShardResult } from '../src/report/spofShard.js';
import type { FabricSize } from './fabric.js';
import { fabricDesign } from './fabricDesign.js';

/** The JSON line printed for the spof --k 2 rows. */
export interface SpofScaleLine {
  readonly bench: 'spof-k2';
  readonly switches: number;
  readonly servers: number;
  readonly budgetSeconds: number;
  /** Class sets of the whole k ≤ 2 sweep. */
  readonly classSets: number;
  readonly workers: number;
  /** All workers: class sets done in the budget, rate, and the whole sweep at that rate. */
  readonly allWorkersDone: number;
  readonly allWorkersPerSecond: number;
  readonly allWorkersTotalSecondsEstimate: number;
  /** Shard 1/8 on one thread: its share, its rate, and its share at that rate. */
  readonly shardOfEightClassSets: number;
  readonly shardOfEightPerSecond: number;
  readonly shardOfEightSecondsEstimate: number;
  readonly extrapolated: true;
  /** 4 shards merged equal the unsharded sweep of `smallFabric` (seconds aside). */
  readonly mergedEqualsUnsharded: boolean;
  readonly smallFabric: string;
}

function designFile(size: FabricSize): string {
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-bench-')), 'fabric.yaml');
  writeFileSync(file, fabricDesign(size));
  return file;
}

const untimed = (r: SpofShardResult): string => JSON.stringify({ ...r.report, seconds: 0 });

/** Runs the three measurements on `size`, `budget` seconds each for the first two. */
export async function measureSpofScale(size: FabricSize, budget: number): Promise<SpofScaleLine> {
  const file = designFile(size);
  const workers = defaultWorkers();
  const settings = { k: 2, timeoutSeconds: budget };
  const inputs: SpofWorkerInput[] = Array.from({ length: workers }, (_, w) => ({ file, settings: { ...settings, shard: subShard({ index: 0, count: 1 }, w, workers) } }));
  const started = performance.now();
  const parts = await runWorkers<SpofWorkerInput, SpofShardResult>(workerScript(import.meta.url, '../src/cli/spofWorker.js'), inputs);
  const allSeconds = (performance.now() - started) / 1000;
  const all = mergeSpofShards(parts, { index: 0, count: 1 });
  const classSets = all.shard.classSetsTotal;
  const allRate = all.report.classSets / allSeconds;
  const shard = spofShard(loadDesign(file), { ...settings, shard: { index: 0, count: 8 } });
  const shardShare = Math.ceil(classSets / 8);
  const shardRate = shard.report.classSets / shard.report.seconds;

  const small = { spines: 2, leaves: 4, servers: 4 };
  const smallDesign = loadDesign(designFile(small));
  const one = spofShard(smallDesign, { k: 2 });
  const merged = mergeSpofShards([0, 1, 2, 3].map((index) => spofShard(smallDesign, { k: 2, shard: { index, count: 4 } })));
  const round = (x: number): number => Math.round(x);
  return {
    bench: 'spof-k2',
    switches: size.spines + size.leaves,
    servers: size.servers,
    budgetSeconds: budget,
    classSets,
    workers,
    allWorkersDone: all.report.classSets,
    allWorkersPerSecond: round(allRate),
    allWorkersTotalSecondsEstimate: round(classSets / allRate),
    shardOfEightClassSets: shardShare,
    shardOfEightPerSecond: round(shardRate),
    shardOfEightSecondsEstimate: round(shardShare / shardRate),
    extrapolated: true,
    mergedEqualsUnsharded: untimed(merged) === untimed(one) && one.report.rows.length > 0,
    smallFabric: `${small.spines} spines × ${small.leaves} leaves × ${small.servers} servers, ${one.report.classSets} class sets, ${one.report.rows.length} rows`,
  };
}
