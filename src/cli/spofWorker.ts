/**
 * Worker-thread entry of `faultline spof --workers N`: loads the design itself (models do not
 * cross threads), sweeps its share and posts the shard result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDesign } from '../design/loadDesign.js';
import { replyOf } from '../explore/parallel/runWorkers.js';
import { spofSweep, type SpofSweepSettings } from './spofSweep.js';

/** What the command sends each worker. */
export interface SpofWorkerInput {
  readonly file: string;
  readonly settings: Omit<SpofSweepSettings, 'onProgress'>;
}

const input = workerData as SpofWorkerInput;
parentPort?.postMessage(replyOf(() => spofSweep(input.file, input.settings, loadDesign)));
