/**
 * Runs one worker thread per input and collects what each posts back, in input order.
 * A worker posts `{ ok: value }` or `{ error: diagnostics }` (a FaultlineError it threw, so
 * bad input still ends as `file:line:column: error FLnnn`), or crashes (rethrown here).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FaultlineError, type Diagnostic } from '../../core/errors.js';

/** What a worker posts back. */
export type WorkerReply<T> = { readonly ok: T } | { readonly error: readonly Diagnostic[] } | { readonly crash: string };

/** The default `--workers`: the cores this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The compiled script next to `sibling` (a module's `import.meta.url`) named `name`: the
 * file itself when running compiled, its `dist/` twin when running from TypeScript sources
 * (tests), since worker threads load JavaScript.
 */
export function workerScript(sibling: string, name: string): URL {
  const here = fileURLToPath(new URL(name, sibling));
  if (!sibling.endsWith('.ts')) return pathToFileURL(here);
  let root = dirname(here);
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  return pathToFileURL(join(root, 'dist', relative(root, here)));
}

/** Starts one worker of `script` per input (as `workerData`) and resolves with their results. */
export function runWorkers<I, T>(script: URL, inputs: readonly I[]): Promise<T[]> {
  return Promise.all(
    inputs.map(
      (input) =>
        new Promise<T>((resolve, reject) => {
          const worker = new Worker(script, { workerData: input });
          let settled = false;
          worker.once('message', (reply: WorkerReply<T>) => {
            settled = true;
            if ('ok' in reply) resolve(reply.ok);
            else if ('error' in reply) reject(new FaultlineError(reply.error));
            else reject(new Error(reply.crash));
            void worker.terminate();
          });
          worker.once('error', (e) => {
            if (!settled) reject(e);
            settled = true;
          });
          worker.once('exit', (code) => {
            if (!settled) reject(new Error(`worker ${script.pathname} exited with code ${code} before replying`));
          });
        }),
    ),
  );
}

/** Wraps a worker's job so its outcome is posted as a {@link WorkerReply}. */
export function replyOf<T>(job: () => T): WorkerReply<T> {
  try {
    return { ok: job() };
  } catch (e) {
    if (e instanceof FaultlineError) return { error: e.diagnostics };
    return { crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
