/**
 * `npm run fuzz -- [--runs N] [--seed S] [--no-check]`: loads N mutated shipped designs (and
 * checks each that loads, briefly) and prints the figures: how many loaded, were rejected,
 * crashed (exit 3 or an exception), had an unlocated error, and the slowest case. Exits 1 on
 * any crash, unlocated error or case over 10 s, printing each with its seed and index (designs are drawn in chunks of 1,000 with seeds seed, seed + 1, …).
 */
import fc from 'fast-check';
import { mutatedDesign, type MutatedDesign } from './designMutations.js';
import { fuzzOne, unlocated } from './fuzzOne.js';

const HANG_MS = 10_000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const runs = option('--runs', 10_000);
const seed = option('--seed', Date.now() % 2 ** 31);
const explore = !process.argv.includes('--no-check');
const counts = { loaded: 0, rejected: 0, crash: 0, unlocated: 0, slow: 0 };
let slowest = 0;
const started = performance.now();
let chunk: MutatedDesign[] = [];
/** Designs are drawn in chunks (seed + chunk number), so 10^5 of them never sit in memory at once. */
const CHUNK = 1000;
for (let index = 0; index < runs; index++) {
  if (index % CHUNK === 0) chunk = fc.sample(mutatedDesign, { seed: seed + index / CHUNK, numRuns: Math.min(CHUNK, runs - index) });
  const design = chunk[index % CHUNK]!;
  const outcome = fuzzOne(design.text, explore);
  counts[outcome.kind]++;
  slowest = Math.max(slowest, outcome.ms);
  const missing = unlocated(outcome);
  if (missing.length > 0) counts.unlocated++;
  if (outcome.ms > HANG_MS) counts.slow++;
  if (outcome.kind === 'crash' || missing.length > 0 || outcome.ms > HANG_MS) {
    const what = outcome.kind === 'crash' ? outcome.what : missing.length > 0 ? `unlocated ${missing[0]?.code} ${missing[0]?.message}` : `took ${outcome.ms.toFixed(0)} ms`;
    console.log(`seed ${seed} index ${index} (from ${design.origin}): ${what}`);
  }
  if ((index + 1) % 1000 === 0) console.error(`${index + 1} designs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${runs} fuzzed designs (seed ${seed}, check ${explore ? 'on' : 'off'}): ${counts.loaded} loaded, ${counts.rejected} rejected with located errors, ` +
    `${counts.crash} crashes (exit 3 or exception), ${counts.unlocated} with an unlocated error, ${counts.slow} over ${HANG_MS / 1000} s; ` +
    `slowest ${slowest.toFixed(0)} ms, ${seconds.toFixed(0)} s in all`,
);
process.exitCode = counts.crash + counts.unlocated + counts.slow > 0 ? 1 : 0;
