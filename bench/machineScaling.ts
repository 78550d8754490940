/**
 * What this machine allows two threads, measured beside the 2-worker rows (decision 0045): the
 * same fixed work on one thread and split in halves over two worker threads, once CPU-bound (an
 * arithmetic loop) and once memory-bound (random read-modify-writes over a private 32 MiB array
 * per thread, as a search's tables are). On a virtual machine whose two cores share their
 * memory path the second figure is far below 2, and it caps what any exhaustive search can
 * gain from a second thread here.
 */
import { Worker } from 'node:worker_threads';

/** The JSON line printed for the machine's ceiling. */
export interface ScalingLine {
  readonly bench: 'machine-scaling';
  /** One thread's time over two threads' (each doing half), for each kind of work. */
  readonly cpuBound: number;
  readonly memoryBound: number;
  readonly memoryMiBPerThread: number;
}

const MEMORY_BITS = 23;
const WORK = `
function work(kind, n) {
  if (kind === 'cpu') { let x = 1; for (let i = 0; i < n; i++) x = (Math.imul(x, 1103515245) + 12345) | 0; return x; }
  const size = 1 << ${MEMORY_BITS}; const t = new Int32Array(size); let s = 0, x = 1;
  for (let i = 0; i < size; i += 1024) t[i] = i;
  for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) & (size - 1); s = (s + t[x]) | 0; t[x] = i; }
  return s;
}`;
const TIMED = `${WORK}
const { workerData, parentPort } = require('node:worker_threads');
work(workerData.kind, workerData.n / 8);
const at = performance.now();
work(workerData.kind, workerData.n);
parentPort.postMessage(performance.now() - at);`;

function inWorker(kind: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(TIMED, { eval: true, workerData: { kind, n } });
    worker.once('message', (ms: number) => {
      resolve(ms);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** One thread doing `n` units (in a worker, like the halves) over the slower of two threads doing `n / 2` each; best of 3. */
async function ratio(kind: string, n: number): Promise<number> {
  let best = 0;
  for (let i = 0; i < 3; i++) {
    const one = await inWorker(kind, n);
    const two = Math.max(...(await Promise.all([inWorker(kind, n / 2), inWorker(kind, n / 2)])));
    best = Math.max(best, one / two);
  }
  return best;
}

/** Measures both ratios (about 3 s). */
export async function measureMachineScaling(): Promise<ScalingLine> {
  return {
    bench: 'machine-scaling',
    cpuBound: Number((await ratio('cpu', 2e8)).toFixed(2)),
    memoryBound: Number((await ratio('memory', 2e7)).toFixed(2)),
    memoryMiBPerThread: (4 << MEMORY_BITS) >> 20,
  };
}
