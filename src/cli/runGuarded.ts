/**
 * The main-thread side of the limit guard (decision 0039): runs the command in a worker with a
 * heap ceiling for `--max-memory` and a watchdog for `--timeout`, and, when the worker must be
 * stopped, says where it was (FL107) and ends the run incomplete (exit 4) — nothing explored is
 * never "holds". A report in progress is never half-written: `--out` is written atomically and
 * its temporary file is removed.
 */
import { rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ExitCode } from '../core/result.js';
import { formatDiagnostic } from '../core/errors.js';
import type { GuardMessage, GuardWorkerData } from './guardProtocol.js';
import type { CliIo } from './io.js';
import { heapCeilingMiB, watchdogMs, type GuardLimits } from './limitGuard.js';

type Stop = { readonly by: 'timeout' } | { readonly by: 'max-memory' };

function sizeOf(file: string): string {
  const bytes = statSync(file, { throwIfNoEntry: false })?.size;
  if (bytes === undefined) return '';
  return bytes >= 2 ** 20 ? `, ${(bytes / 2 ** 20).toFixed(1)} MiB` : `, ${Math.ceil(bytes / 1024)} KiB`;
}

/** The FL107 message for a run stopped by `stop` in `phase`. */
export function stopMessage(stop: Stop, limits: GuardLimits, phase: GuardMessage & { kind: 'phase' } | undefined): string {
  const limit = stop.by === 'timeout' ? `--timeout ${limits.timeoutMs! / 1000} s` : `--max-memory ${limits.maxMemoryMiB} MiB`;
  const where =
    phase === undefined
      ? 'while starting, before it read any design: nothing was explored'
      : phase.phase === 'loading'
        ? `while reading and compiling ${phase.file}${sizeOf(phase.file)}: nothing was explored`
        : `inside one step of the run on ${phase.file}, before it could stop by itself and report: its partial result is lost`;
  const hint =
    stop.by === 'timeout'
      ? 'raise --timeout, or make the design smaller (a design this large takes long to read)'
      : 'raise --max-memory, or make the design smaller (reading a design takes memory too)';
  return formatDiagnostic({ code: 'FL107', message: `the run was stopped by ${limit} ${where}`, hint });
}

/** Runs `argv` in a guarded worker; resolves to its exit code, or 4 when the guard stopped it. */
export function runGuarded(argv: readonly string[], limits: GuardLimits, version: string, packageRoot: string, io: CliIo): Promise<number> {
  const data: GuardWorkerData = { argv, version, packageRoot, stdoutIsTTY: io.stdoutIsTTY, stderrIsTTY: io.stderrIsTTY };
  const worker = new Worker(new URL('./guardedWorker.js', import.meta.url), {
    workerData: data,
    ...(limits.maxMemoryMiB === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapCeilingMiB(limits.maxMemoryMiB) } }),
  });
  let phase: (GuardMessage & { kind: 'phase' }) | undefined;
  let code: number | undefined;
  let stop: Stop | undefined;
  let failure: Error | undefined;
  worker.on('message', (m: GuardMessage) => {
    if (m.kind === 'phase') phase = m;
    else code = m.code;
  });
  worker.on('error', (e: Error & { code?: string }) => {
    if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') stop = { by: 'max-memory' };
    else failure = e;
  });
  const watchdog =
    limits.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          stop = { by: 'timeout' };
          void worker.terminate();
        }, watchdogMs(limits.timeoutMs));
  return new Promise((resolve) => {
    worker.on('exit', () => {
      if (watchdog !== undefined) clearTimeout(watchdog);
      if (code !== undefined && stop === undefined) return resolve(code);
      for (const out of limits.outFiles) rmSync(join(dirname(out), `.${basename(out)}.${process.pid}.tmp`), { force: true });
      if (stop !== undefined) {
        io.err(`${stopMessage(stop, limits, phase)}\n`);
        return resolve(ExitCode.incomplete);
      }
      io.err(`internal error: ${(failure?.message ?? 'the run ended without an exit code').split('\n')[0]}\nthis is a bug in faultline; please report it with the command line and the design file\n`);
      resolve(ExitCode.internal);
    });
  });
}
