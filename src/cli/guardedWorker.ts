/**
 * The worker side of the limit guard (src/cli/limitGuard.ts): runs the CLI as `main.ts` would,
 * writing to the process streams (Node pipes a worker's streams to the parent's), and tells the
 * parent which phase it is in — reading a design or running on it — so a stop can say where.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CliDeps } from './deps.js';
import type { GuardMessage, GuardWorkerData } from './guardProtocol.js';

const data = workerData as GuardWorkerData;
const post = (message: GuardMessage): void => parentPort!.postMessage(message);

/** `load`, telling the parent while it reads and compiles `file`. */
function watched<A extends unknown[], R>(load: (file: string, ...rest: A) => R): (file: string, ...rest: A) => R {
  return (file, ...rest) => {
    post({ kind: 'phase', phase: 'loading', file });
    try {
      return load(file, ...rest);
    } finally {
      post({ kind: 'phase', phase: 'running', file });
    }
  };
}

const [{ runCli }, { processIo }, { depsFor }] = await Promise.all([import('./run.js'), import('./io.js'), import('./engineDeps.js')]);
const deps: CliDeps = await depsFor(data.argv, data.packageRoot);
const guarded: CliDeps = {
  ...deps,
  loadDesign: watched(deps.loadDesign),
  ...(deps.loadStrict === undefined ? {} : { loadStrict: watched(deps.loadStrict) }),
};
// A worker's streams are not terminals: progress and colours follow the parent's.
const io = { ...processIo(), stdoutIsTTY: data.stdoutIsTTY, stderrIsTTY: data.stderrIsTTY };
post({ kind: 'exit', code: await runCli(data.argv, io, guarded, data.version) });
