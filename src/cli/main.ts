#!/usr/bin/env node
/**
 * The `faultline` executable: wires the real engine, design loader and process streams into
 * the CLI. The only place that sets `process.exitCode`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/packageRoot.js';

// A reader that goes away (`faultline check ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

const root = packageRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${version}\n`);
} else {
  const { guardLimits } = await import('./limitGuard.js');
  const limits = guardLimits(argv);
  if (limits !== undefined) {
    // --timeout / --max-memory hold from the first byte read: the run goes in a guarded worker.
    const [{ runGuarded }, { processIo }] = await Promise.all([import('./runGuarded.js'), import('./io.js')]);
    process.exitCode = await runGuarded(argv, limits, version, root, processIo());
  } else {
    // Load what the command needs when it needs it: help never loads the engine.
    const [{ runCli }, { processIo }, { depsFor }] = await Promise.all([import('./run.js'), import('./io.js'), import('./engineDeps.js')]);
    const deps = await depsFor(argv, root);
    process.exitCode = await runCli(argv, processIo(), deps, version);
  }
}
