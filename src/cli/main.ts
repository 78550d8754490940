#!/usr/bin/env node
/**
 * The `faultline` executable: wires the real engine, design loader and process streams into
 * the CLI. The only place that sets `process.exitCode`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { designKinds } from '../design/registry.js';
import { check } from '../explore/check.js';
import { simulate } from '../explore/simulate.js';
import { formatWarning } from '../import/importLog.js';
import { loadDesignOrSite } from '../import/loadDesignOrSite.js';
import { processIo } from './io.js';
import { packageRoot } from './packageRoot.js';
import { runCli } from './run.js';

// A reader that goes away (`faultline check ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

const root = packageRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const printWarning = (w: Parameters<typeof formatWarning>[0]) => void process.stderr.write(`${formatWarning(w)}\n`);
const deps = { loadDesign: loadDesignOrSite(printWarning), loadStrict: loadDesignOrSite(printWarning, () => true), check, simulate, designKinds, packageRoot: root };
process.exitCode = await runCli(process.argv.slice(2), processIo(), deps, version);
