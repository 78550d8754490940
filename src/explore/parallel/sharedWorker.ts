/**
 * A worker thread of the parallel search (decision 0045): builds the model from its source,
 * says it is ready, and expands its part of each level it is told to, on the memory it was
 * given when it joined. Commands arrive as events; during a level it talks to the
 * coordinator's thread only through shared memory and its port (a share when its part is
 * done, a new table when the table grows).
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { levelExpander } from './levelExpander.js';
import { loadModelSource, type ModelSource } from './modelSource.js';
import type { SharedWorkerInput, WorkerCommand } from './sharedProtocol.js';
import { SharedStore } from './sharedStore.js';
import { threadCpuSeconds } from './threadCpu.js';

const input = workerData as SharedWorkerInput & { readonly source: ModelSource; readonly port: MessagePort; readonly watch: MessagePort };
// Held open for this thread's life: the coordinator's watcher learns this thread ended when it closes (threadWatch.ts).
input.watch.on('message', () => undefined);

async function main(): Promise<void> {
  const { model, properties } = await loadModelSource(input.source);
  const expander = levelExpander(model, properties, input);
  const port = input.port;
  parentPort!.on('message', (cmd: WorkerCommand) => {
    if (cmd.type === 'join') {
      const store = new SharedStore(cmd.buffers, { me: input.me, ports: [port] }, cmd.limits);
      expander.attach(store);
      return;
    }
    expander.expand(cmd, (share) => port.postMessage(share, [share.updates.buffer as ArrayBuffer]));
  });
  parentPort!.postMessage({ type: 'ready', startCpu: threadCpuSeconds() });
}

main().catch((e: unknown) => parentPort!.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
