/**
 * Worker-thread entry of `faultline simulate --workers N`: loads the design itself (models do
 * not cross threads), walks its share of the walks and posts the outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SimulateOptions } from '../explore/options.js';
import { replyOf } from '../explore/parallel/runWorkers.js';
import { simulateShare } from '../explore/simulate.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import { designModel } from '../api/designSource.js';

/** What the command sends each worker: plain data (the main thread's clock does not cross). */
export interface SimulateWorkerInput {
  readonly file: string;
  readonly options: Omit<SimulateOptions, 'onProgress' | 'walked' | 'startedAt'>;
  readonly share: SweepShard;
}

const input = workerData as SimulateWorkerInput;
parentPort?.postMessage(
  replyOf(() => {
    const { model, properties } = designModel(input.file);
    return simulateShare(model, properties, input.options, input.share);
  }),
);
