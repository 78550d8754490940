/**
 * A worker thread of the parallel breadth-first search (decision 0030): builds the model from
 * its source and answers the coordinator's commands with {@link levelSearch}.
 */
import { workerData, parentPort } from 'node:worker_threads';
import type { BfsCommand, BfsReply } from './bfsProtocol.js';
import { levelSearch, type LevelSearchSetup } from './levelSearch.js';
import { loadModelSource } from './modelSource.js';
import type { ModelSource } from './modelSource.js';
import { threadCpuSeconds } from './threadCpu.js';

const input = workerData as LevelSearchSetup & { readonly source: ModelSource };

async function main(): Promise<void> {
  const { model, properties } = await loadModelSource(input.source);
  const handle = levelSearch(model, properties, { ...input, startCpu: threadCpuSeconds() });
  parentPort!.on('message', (cmd: BfsCommand) => {
    let reply: BfsReply;
    try {
      reply = handle(cmd);
    } catch (e) {
      const memory = e instanceof RangeError && /allocat|memory|Array buffer/i.test(e.message);
      reply = { type: 'failed', code: memory ? 'memory' : 'FL302', message: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(reply, reply.type === 'level' ? [reply.sorted.buffer as ArrayBuffer] : []);
  });
  parentPort!.postMessage({ type: 'ready' });
}

main().catch((e: unknown) => parentPort!.postMessage({ type: 'failed', code: 'FL302', message: e instanceof Error ? e.message : String(e) }));
