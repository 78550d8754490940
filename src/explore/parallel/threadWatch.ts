/**
 * Notices a worker of the parallel search that ends without reporting (decision 0045): one
 * that ran out of heap, or whose model ended its thread. The coordinator's thread waits
 * synchronously at level barriers and resizes, so a worker's `exit` event never reaches it;
 * a small watcher thread holds one end of a channel to each worker instead, and when a
 * worker's end closes (its thread is gone) it raises `ctl[Lost]` and wakes every waiter. Each
 * wait of the search checks that flag ({@link throwIfLost}) and gives up with {@link ThreadLost}.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { Ctl } from './sharedMemory.js';

/** Thrown from a wait of the parallel search once one of its threads ended without reporting. */
export class ThreadLost extends Error {
  constructor() {
    super('a worker thread of the search ended without reporting (out of memory, or the model ended its thread)');
  }
}

/** Throws {@link ThreadLost} once the watcher has seen a worker's thread end. */
export function throwIfLost(ctl: Int32Array): void {
  if (Atomics.load(ctl, Ctl.Lost) !== 0) throw new ThreadLost();
}

const WATCHER = `
const { workerData } = require('node:worker_threads');
const ctl = new Int32Array(workerData.ctl);
for (const port of workerData.ports) {
  // A listener keeps the port open; 'close' comes when the worker's thread is gone.
  port.on('message', () => undefined);
  port.on('close', () => {
    Atomics.store(ctl, workerData.lost, 1);
    Atomics.add(ctl, workerData.wake, 1);
    Atomics.notify(ctl, workerData.wake);
  });
}`;

/** The watcher, and the port each worker must hold (and listen on) for its whole life. */
export interface ThreadWatch {
  readonly watcher: Worker;
  readonly ports: readonly MessagePort[];
}

/** Starts a watcher over `workers` workers of the search whose control block is `ctl`. */
export function watchThreads(ctl: SharedArrayBuffer, workers: number): ThreadWatch {
  const channels = Array.from({ length: workers }, () => new MessageChannel());
  const watched = channels.map((c) => c.port1);
  const watcher = new Worker(WATCHER, { eval: true, workerData: { ctl, ports: watched, lost: Ctl.Lost, wake: Ctl.Wake }, transferList: watched });
  // It ends only when terminated; an error of its own is no result of the search.
  watcher.on('error', () => undefined);
  return { watcher, ports: channels.map((c) => c.port2) };
}
