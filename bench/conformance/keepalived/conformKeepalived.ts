/**
 * keepalived conformance: every scripted timeline (keepalivedCases.ts) is played against real
 * keepalived daemons in network namespaces (observeTimeline.ts) and predicted by the VRRP
 * model (predictTimeline.ts); the outcomes are compared (compareOutcome.ts). Cases run a few
 * at a time, each in its own namespaces; timing classes are a factor of five apart, far
 * beyond scheduling noise.
 */
import { KEEPALIVED_CASES, type KeepalivedCase } from './keepalivedCases.js';
import { compareOutcome } from './compareOutcome.js';
import { sweepStaleKeepalived } from './keepalivedNamespaces.js';
import { observeTimeline } from './observeTimeline.js';
import { predictTimeline } from './predictTimeline.js';

/** Options of a run. */
export interface KeepalivedConformanceOptions {
  readonly cases?: readonly KeepalivedCase[];
  /** Cases played at once (default 4). */
  readonly concurrency?: number;
  readonly log: (line: string) => void;
}

/** What a run found. */
export interface KeepalivedConformanceSummary {
  readonly cases: number;
  readonly disagreements: number;
  readonly swept: number;
}

/** Plays every case and reports each comparison through `log`, in case order. */
export async function conformKeepalived(options: KeepalivedConformanceOptions): Promise<KeepalivedConformanceSummary> {
  const swept = await sweepStaleKeepalived();
  if (swept > 0) options.log(`removed ${swept} namespaces left by earlier runs`);
  const cases = options.cases ?? KEEPALIVED_CASES;
  const results: { agrees: boolean; lines: readonly string[] }[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < cases.length; k = next++) {
      const c = cases[k]!;
      try {
        const real = await observeTimeline(k, c);
        results[k] = compareOutcome(c, predictTimeline(c), real.outcome, real.eventTimes);
      } catch (e) {
        results[k] = { agrees: false, lines: [`could not run: ${(e as Error).message}`] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  cases.forEach((c, k) => {
    const r = results[k]!;
    options.log(`case ${k + 1} ${c.name}: ${r.agrees ? 'agrees' : 'DISAGREES'}`);
    for (const line of r.lines) options.log(`  ${line}`);
  });
  return { cases: cases.length, disagreements: results.filter((r) => !r.agrees).length, swept };
}
