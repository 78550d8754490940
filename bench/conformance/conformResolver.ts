/**
 * Resolver conformance: for each case (resolverCases.ts) builds namespaces with real dnsmasq
 * servers, silent hosts and refusing ports (resolverLab.ts), times the real glibc resolver
 * (`getent ahostsv4`) and compares the delay with the DNS model's prediction
 * (models/dns/resolver.ts `lookupSeries`, every rotate start offset allowed).
 *
 * The delay is the run's time minus a baseline run in the same namespace that resolves from
 * /etc/hosts (process start-up and `ip netns exec`, which the model does not know). Load on
 * the machine only ever adds time, so the shortest of the runs is compared. A case agrees
 * when every run's success matches a predicted outcome and the shortest delay is within 10 %
 * of its predicted value, plus 50 ms for round trips and scheduling.
 */
import { rmdirSync } from 'node:fs';
import { lookupSeries, startOffsets } from '../../models/dns/resolver.js';
import { measureLookup, type Measurement } from './measureLookup.js';
import { RESOLVER_CASES, type ResolverCase } from './resolverCases.js';
import { buildResolverLab, LOOKUP_NAME } from './resolverLab.js';
import { sweepStaleResolverNamespaces } from './resolverNamespaces.js';

/** Options of a run. */
export interface ResolverConformanceOptions {
  /** Timed runs per case. */
  readonly repeats: number;
  readonly cases?: readonly ResolverCase[];
  readonly log: (line: string) => void;
}

/** What a run found. */
export interface ResolverConformanceSummary {
  readonly cases: number;
  readonly disagreements: number;
  readonly swept: number;
}

/** Relative tolerance and absolute slack of a comparison. */
export const RELATIVE_TOLERANCE = 0.1;
export const SLACK_SECONDS = 0.05;

/** The model's possible outcomes of a case, one per rotate start offset. */
export function predictCase(c: ResolverCase): { seconds: number; answered: boolean }[] {
  const options = { timeout: c.timeout, attempts: c.attempts, rotate: c.rotate };
  return startOffsets(options, c.servers.length).map((o) => lookupSeries(c.servers, options, c.lookups, o));
}

/** Whether a measured delay agrees with a predicted one. */
export function agrees(predicted: number, delay: number): boolean {
  return Math.abs(delay - predicted) <= RELATIVE_TOLERANCE * predicted + SLACK_SECONDS;
}

async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/** Runs every case in turn (one at a time: timing must not compete with another case). */
export async function conformResolver(options: ResolverConformanceOptions): Promise<ResolverConformanceSummary> {
  const swept = await sweepStaleResolverNamespaces();
  if (swept > 0) options.log(`removed ${swept} namespaces left by earlier runs`);
  const cases = options.cases ?? RESOLVER_CASES;
  let disagreements = 0;
  for (const [caseNo, c] of cases.entries()) {
    const lab = await buildResolverLab(caseNo, c);
    try {
      const baseline = await median(3, async () => (await measureLookup(lab.client, ['localhost'])).seconds);
      const predictions = predictCase(c);
      const runs: Measurement[] = [];
      for (let r = 0; r < options.repeats; r++) runs.push(await measureLookup(lab.client, new Array<string>(c.lookups).fill(LOOKUP_NAME)));
      const delays = runs.map((m) => Math.max(0, m.seconds - baseline));
      const shortest = Math.min(...delays);
      const sameOutcome = runs.every((m) => m.answered === runs[0]!.answered);
      const ok = sameOutcome && predictions.some((p) => p.answered === runs[0]!.answered && agrees(p.seconds, shortest));
      if (!ok) disagreements++;
      const predicted = [...new Set(predictions.map((p) => `${p.seconds.toFixed(2)} s${p.answered ? '' : ' (fails)'}`))].join(' or ');
      const measured = runs.map((m, i) => `${delays[i]!.toFixed(2)} s${m.answered ? '' : ' (fails)'}`).join(', ');
      options.log(`case ${caseNo + 1} ${c.name}: model ${predicted}; glibc ${measured}; ${ok ? 'agrees' : 'DISAGREES'}`);
    } finally {
      await lab.close();
    }
  }
  try {
    rmdirSync('/etc/netns'); // only when empty: other users' entries stay
  } catch {
    // not empty or not there
  }
  return { cases: cases.length, disagreements, swept };
}
